package gridloop.intake.notification.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Alibaba Cloud SMS signature against the example its documentation publishes ("签名机制", SendSms with AccessKey
 * testId / testSecret at 2017-07-12T02:42:19Z): the same signature and the same request URL, byte for byte.
 */
class AliyunSmsSignatureTest {

    private static final String PUBLISHED_SIGNATURE = "zJDF+Lrzhj/ThnlvIToysFRq6t4=";
    private static final String PUBLISHED_URL = "http://dysmsapi.aliyuncs.com/?Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D"
            + "&AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou"
            + "&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8"
            + "&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0"
            + "&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
            + "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25";

    private final AliyunSmsSender sender = new AliyunSmsSender(URI.create("http://dysmsapi.aliyuncs.com"), "testId",
            "testSecret", "阿里云短信测试专用", "cn-hangzhou", Clock.systemUTC());

    @Test
    void thePublishedExampleSignsAsPublished() {
        SortedMap<String, String> example = published();
        assertEquals(PUBLISHED_SIGNATURE, AliyunSmsSender.sign("testSecret", example));
        assertEquals(PUBLISHED_URL, sender.requestUri(example).toString());
    }

    @Test
    void aMessageBecomesTheParametersOfTheExample() {
        SortedMap<String, String> built = sender.parameters(new SmsMessage("15300000001", "SMS_71390007",
                Map.of("customer", "test"), "123"), Instant.parse("2017-07-12T02:42:19.734Z"),
                "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        SortedMap<String, String> expected = published();
        expected.put("Format", "JSON");
        assertEquals(expected, built);
    }

    @Test
    void percentEncodingIsRfc3986() {
        assertEquals("a%20b%2Ac~d%2F%26%3D", AliyunSmsSender.percentEncode("a b*c~d/&="));
    }

    private static SortedMap<String, String> published() {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");
        return parameters;
    }
}
