package gridloop.intake.notification.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which SMS provider sends: {@code gridloop.notifications.sms.provider} {@code file} (the local run and the tests: a
 * line per message in {@code gridloop.notifications.sms.file}) or {@code aliyun} (Alibaba Cloud SMS, with its
 * endpoint, AccessKey pair, sign name and region; no default secret).
 */
@ApplicationScoped
class SmsSenders {

    @Produces
    @ApplicationScoped
    SmsSender sender(@ConfigProperty(name = "gridloop.notifications.sms.provider", defaultValue = "file") String provider,
            @ConfigProperty(name = "gridloop.notifications.sms.file") Optional<Path> file,
            @ConfigProperty(name = "gridloop.notifications.sms.aliyun.endpoint",
                    defaultValue = "https://dysmsapi.aliyuncs.com") URI endpoint,
            @ConfigProperty(name = "gridloop.notifications.sms.aliyun.access-key-id") Optional<String> accessKeyId,
            @ConfigProperty(name = "gridloop.notifications.sms.aliyun.access-key-secret") Optional<String> secret,
            @ConfigProperty(name = "gridloop.notifications.sms.aliyun.sign-name") Optional<String> signName,
            @ConfigProperty(name = "gridloop.notifications.sms.aliyun.region", defaultValue = "cn-hangzhou") String region,
            Clock clock) {
        if (provider.equals("aliyun")) {
            return new AliyunSmsSender(endpoint, required(accessKeyId, "access-key-id"), required(secret, "access-key-secret"),
                    required(signName, "sign-name"), region, clock);
        }
        if (provider.equals("file")) {
            return new FileSmsSender(file.orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "gridloop-sms.jsonl")));
        }
        throw new IllegalStateException("gridloop.notifications.sms.provider is file or aliyun, not " + provider);
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(
                "gridloop.notifications.sms.aliyun." + name + " is required for the aliyun provider"));
    }
}
