package gridloop.intake.appeal;

import gridloop.intake.photo.PhotoView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import gridloop.events.lifecycle.AppealStatus;
import java.time.Instant;
import gridloop.support.i18n.DistrictWords;
import gridloop.support.i18n.Languages;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The appeal as the resident sees it. The reporter's own contact details are not echoed back. {@code mergedInto}
 * is the original a duplicate was merged into: its reporter and supporters follow that one (GET it by this id).
 * {@code facilityId} is the registry facility the resident named; {@code buildingId} the building whose outline
 * holds the point, once dispatch located it. {@code mediaUrls} is superseded by {@code photos}.
 */
public record AppealView(UUID id, String reference, String category, String description, LocationView location,
        List<String> mediaUrls, String channel, AppealStatus status, boolean overdue, int supporters, GridView grid,
        String assigneeName, String departmentName, Instant submittedAt, List<TimelineItem> timeline,
        UUID mergedInto, UUID facilityId, String buildingId,
        @Schema(description = "Its photos: the resident's (stage SUBMISSION), then the handler's \"after\" ones (stage "
                + "CLOSURE); empty in lists") List<PhotoView> photos) {

    public record LocationView(double latitude, double longitude, String address) {
    }

    public record GridView(String id, String name) {
    }

    /**
     * One event in the resident's timeline. {@code text} is in the reader's language (Accept-Language);
     * {@code phrase} names what the event says, the same in every language (a code of
     * {@code gridloop.events.wording.Phrase}).
     */
    public record TimelineItem(String type, String status, Instant at, String text, String phrase) {
    }

    /** The appeal for a reader: names and the timeline's sentences in their language. */
    static AppealView of(Appeal appeal, List<TimelineEntry> timeline, List<PhotoView> photos, Locale reader,
            TimelineWording wording, DistrictWords words) {
        return new AppealView(appeal.id, appeal.reference, appeal.category, appeal.description,
                new LocationView(appeal.latitude, appeal.longitude, appeal.address), appeal.mediaUrls,
                appeal.channel.name(), appeal.status, appeal.overdue, appeal.supporters,
                appeal.gridId == null ? null : new GridView(appeal.gridId,
                        Languages.nameIn(reader, appeal.gridName, appeal.gridNameZh)),
                appeal.assigneeName,
                appeal.departmentName == null ? null
                        : words.department(appeal.holderDepartment, appeal.departmentName, reader),
                appeal.submittedAt,
                timeline.stream().map(entry -> new TimelineItem(entry.eventType, entry.status, entry.occurredAt,
                        wording.text(entry.wording(), reader), entry.phrase)).toList(),
                appeal.mergedInto, appeal.facilityId, appeal.buildingId, photos);
    }
}
