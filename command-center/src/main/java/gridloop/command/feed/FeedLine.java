package gridloop.command.feed;

import gridloop.events.wording.EventWording.Wording;
import java.time.OffsetDateTime;

/** One line of the feed as stored: what the event says, language-neutral ({@link FeedWording} words it). */
public record FeedLine(long id, String appealId, String reference, String category, String type,
        OffsetDateTime occurredAt, Wording wording, String facilityId) {
}
