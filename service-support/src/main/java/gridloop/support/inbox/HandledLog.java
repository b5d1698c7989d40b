package gridloop.support.inbox;

import gridloop.events.AppealEvent;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One DEBUG line per event handled (INFO has {@link InboxSummary}'s line per interval); in JSON logs the appeal
 * and ce_id are fields of their own too.
 */
final class HandledLog {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private HandledLog() {
    }

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    static void handled(String consumer, IncomingEvent event, boolean applied) {
        String appeal = subject(event);
        MDC.put("appealId", appeal);
        MDC.put("ceId", event.id());
        try {
            LOG.debugf("%s %s %s appeal=%s ce_id=%s", consumer, applied ? "applied" : "skipped duplicate",
                    event.type(), appeal, event.id());
        } finally {
            MDC.remove("appealId");
            MDC.remove("ceId");
        }
    }

    private static String subject(IncomingEvent event) {
        return event.payload() instanceof AppealEvent appealEvent ? appealEvent.appealId().toString()
                : event.payload().subject();
    }
}
