package gridloop.command.feed;

import java.time.OffsetDateTime;

/**
 * One feed entry, as the {@code data} of an SSE event (JSON): which appeal it is about ({@code appealId}, and its
 * {@code reference} and {@code category} as the command centre knows them when the line is read), what happened:
 * {@code text} in the reader's language, {@code phrase} the same in every language (a code of
 * {@code gridloop.events.wording.Phrase}). A line about a facility of the registry (its status moved) has no appeal
 * and names the facility ({@code facilityId}).
 */
public record FeedItem(long id, String appealId, String reference, String category, String type,
        OffsetDateTime occurredAt, String text, String phrase, String facilityId) {
}
