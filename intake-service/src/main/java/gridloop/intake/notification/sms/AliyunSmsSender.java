package gridloop.intake.notification.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud SMS (短信服务, {@code dysmsapi}), its {@code SendSms} operation called as its documentation describes
 * it: the RPC parameters sorted, each percent-encoded by RFC 3986 (space %20, {@code *} %2A, {@code ~} kept), the
 * string to sign {@code GET&%2F&} + the encoded query, signed with HMAC-SHA1 under the AccessKey secret + {@code &},
 * Base64. The message is a template code with its parameters as JSON, under the sender's registered sign name.
 * {@code AliyunSmsSignatureTest} checks the signature against the example values the documentation publishes.
 */
public final class AliyunSmsSender implements SmsSender {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    private final URI endpoint;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String signName;
    private final String regionId;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public AliyunSmsSender(URI endpoint, String accessKeyId, String accessKeySecret, String signName, String regionId,
            Clock clock) {
        this.endpoint = endpoint;
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.signName = signName;
        this.regionId = regionId;
        this.clock = clock;
    }

    @Override
    public void send(SmsMessage message) {
        URI request = requestUri(parameters(message, clock.instant(), UUID.randomUUID().toString()));
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(request).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(answer.body());
            if (answer.statusCode() != 200 || !"OK".equals(body.path("Code").asText())) {
                // Code and Message say why (e.g. isv.BUSINESS_LIMIT_CONTROL); the phone is not in them.
                throw new IllegalStateException("Alibaba Cloud SMS refused: " + body.path("Code").asText() + " "
                        + body.path("Message").asText());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Alibaba Cloud SMS did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending an SMS", e);
        }
    }

    /** Every parameter of one SendSms call but the signature. */
    SortedMap<String, String> parameters(SmsMessage message, Instant now, String nonce) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", accessKeyId);
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("OutId", message.outId());
        parameters.put("PhoneNumbers", message.phone());
        parameters.put("RegionId", regionId);
        parameters.put("SignName", signName);
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", nonce);
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", message.templateCode());
        parameters.put("TemplateParam", json(message.params()));
        parameters.put("Timestamp", TIMESTAMP.format(now.truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", "2017-05-25");
        return parameters;
    }

    /** The GET request: the signature first, then the sorted parameters, as the documentation's example has it. */
    URI requestUri(SortedMap<String, String> parameters) {
        return URI.create(endpoint + "/?Signature=" + percentEncode(sign(accessKeySecret, parameters)) + "&"
                + canonicalQuery(parameters));
    }

    /** Base64(HMAC-SHA1(secret + "&", "GET&%2F&" + percentEncode(canonical query))). */
    static String sign(String accessKeySecret, SortedMap<String, String> parameters) {
        String stringToSign = "GET&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonicalQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986: what URLEncoder writes, with space as %20, * as %2A and ~ unencoded. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String json(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
