package gridloop.intake.appeal;

import java.util.List;

/** A page of a list, as every list endpoint answers. */
public record AppealPage(List<AppealView> items, int page, int size, long total) {
}
