package gridloop.intake.appeal;

import gridloop.support.i18n.DistrictWords;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** Builds the appeal as a reader sees it, in their language: with its timeline, or (in lists) without. */
@ApplicationScoped
public class AppealViews {

    private final TimelineRepository timeline;
    private final TimelineWording wording;
    private final DistrictWords words;

    AppealViews(TimelineRepository timeline, TimelineWording wording, DistrictWords words) {
        this.timeline = timeline;
        this.wording = wording;
        this.words = words;
    }

    public Uni<AppealView> withTimeline(Appeal appeal, Locale reader) {
        return timeline.of(appeal.id).map(entries -> AppealView.of(appeal, entries, reader, wording, words));
    }

    public AppealView summary(Appeal appeal, Locale reader) {
        return AppealView.of(appeal, List.of(), reader, wording, words);
    }
}
