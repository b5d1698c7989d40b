package gridloop.intake.notification;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The SMS templates registered with the provider, one per step ({@code gridloop.sms-templates.codes.RESOLVED} …): a provider in China sends only registered templates with their variables, here {@code ${reference}}.
 */
@ConfigMapping(prefix = "gridloop.sms-templates")
public interface SmsTemplates {

    Map<NotificationKind, String> codes();

    default String codeOf(NotificationKind kind) {
        String code = codes().get(kind);
        if (code == null) {
            throw new IllegalStateException("No SMS template for " + kind + ": set gridloop.sms-templates.codes."
                    + kind);
        }
        return code;
    }
}
