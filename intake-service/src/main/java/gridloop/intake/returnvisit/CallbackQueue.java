package gridloop.intake.returnvisit;

import java.util.List;

/** A page of the return-visit queue, oldest first, and how many wait in all. */
public record CallbackQueue(List<CallbackView> items, long waiting, int page, int size) {
}
