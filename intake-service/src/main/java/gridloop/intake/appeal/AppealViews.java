package gridloop.intake.appeal;

import gridloop.intake.photo.PhotoService;
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
    private final PhotoService photos;

    AppealViews(TimelineRepository timeline, TimelineWording wording, DistrictWords words, PhotoService photos) {
        this.timeline = timeline;
        this.wording = wording;
        this.words = words;
        this.photos = photos;
    }

    /** The appeal with its timeline and its photos (the submission's, then the closure reports'). */
    public Uni<AppealView> withTimeline(Appeal appeal, Locale reader) {
        return timeline.of(appeal.id).chain(entries -> photos.ofAppeal(appeal.id)
                .map(attached -> AppealView.of(appeal, entries, attached, reader, wording, words)));
    }

    public AppealView summary(Appeal appeal, Locale reader) {
        return AppealView.of(appeal, List.of(), List.of(), reader, wording, words);
    }
}
