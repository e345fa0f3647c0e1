package ir.guild.registry.partner.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: {@code v1=} and the hex HMAC-SHA256 of
 * {@code "<timestamp>.<body>"}, keyed with the firm's secret (its UTF-8 bytes). The timestamp
 * is signed too, so a firm that refuses old timestamps cannot be sent a replayed call.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** Whether a received signature header is the one this secret gives, compared in constant time. */
    public static boolean verifies(String secret, long timestamp, String body, String header) {
        return header != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
