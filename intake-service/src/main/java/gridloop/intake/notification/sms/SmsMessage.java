package gridloop.intake.notification.sms;

import java.util.Map;

/**
 * A text message as a Chinese SMS provider takes it: a registered template (its code) and the values of its
 * variables, never free text; {@code outId} is GridLoop's own id of the message, echoed in the provider's receipts.
 */
public record SmsMessage(String phone, String templateCode, Map<String, String> params, String outId) {
}
