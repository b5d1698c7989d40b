package gridloop.support.security;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, as the pseudonyms and the rating links sign with it. */
final class HmacSha256 {

    private HmacSha256() {
    }

    static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    static byte[] of(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
