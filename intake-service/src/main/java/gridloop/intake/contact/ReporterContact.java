package gridloop.intake.contact;

import java.time.Instant;
import java.util.UUID;

/**
 * The reporter's contact, as the one who holds the appeal's task reads it to call them back: name and phone (either
 * may be absent: not given, or erased after the retention period), with the purpose the read was logged under.
 */
public record ReporterContact(UUID appealId, String name, String phone, String purpose, Instant readAt) {
}
