package gridloop.command.feed;

import gridloop.support.i18n.EventSentences;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The operators' feed in the reader's language: each stored line worded by {@link EventSentences}. */
@ApplicationScoped
public class FeedWording {

    private final EventSentences sentences;

    FeedWording(EventSentences sentences) {
        this.sentences = sentences;
    }

    public List<FeedItem> items(List<FeedLine> lines, Locale reader) {
        return lines.stream().map(line -> item(line, reader)).toList();
    }

    public FeedItem item(FeedLine line, Locale reader) {
        return new FeedItem(line.id(), line.appealId(), line.reference(), line.category(), line.type(),
                line.occurredAt(), sentences.text(line.wording(), reader), line.wording().phrase().name(),
                line.facilityId());
    }
}
