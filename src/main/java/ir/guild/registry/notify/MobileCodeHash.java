package ir.guild.registry.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

/** The keyed hash (HMAC-SHA256) kept instead of a one-time code; compared in constant time. */
final class MobileCodeHash {

    /** Shorter keys are warned about at start: a guessable key would make the hashes as good as the codes. */
    static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    MobileCodeHash(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of {@code code} sent to {@code mobile}: the same code for another number hashes differently. */
    String of(String mobile, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((mobile + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    boolean matches(String mobile, String code, String storedHash) {
        return MessageDigest.isEqual(of(mobile, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws IllegalStateException naming the key and its environment variable, never the value */
    static MobileCodeHash from(MobileCodeConfig config) {
        String secret = config.mobileCodeSecret().map(String::strip).orElse("");
        if (secret.isEmpty()) {
            throw new IllegalStateException(MobileCodeConfig.SECRET + " (" + MobileCodeConfig.SECRET_ENV
                    + ") must be set: the key that hashes one-time mobile codes, at least " + MIN_SECRET_LENGTH
                    + " characters (e.g. openssl rand -base64 32), the same on every instance");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            // A warning rather than a refusal, so that an environment with placeholder secrets still starts.
            Logger.getLogger(MobileCodeHash.class).warnf("%s (%s) is shorter than %d characters; give a random one"
                    + " (openssl rand -base64 32)", MobileCodeConfig.SECRET, MobileCodeConfig.SECRET_ENV,
                    MIN_SECRET_LENGTH);
        }
        return new MobileCodeHash(secret);
    }
}
