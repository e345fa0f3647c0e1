package ir.guild.registry.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import ir.guild.registry.certification.PublicCode;

/**
 * Share codes as people pass them on: 16 characters of the certificates' Crockford alphabet
 * ({@link PublicCode}), shown {@code XXXX-XXXX-XXXX-XXXX}, read back forgiving case, dashes,
 * spaces and Persian digits. They are longer than a certificate's code because only a hash of
 * them is kept and the last four characters are shown as a hint: the 60 random bits left are
 * still beyond anyone trying every code against a copied hash; with 12 characters only 40
 * would be left, which a graphics card goes through in minutes.
 */
public final class ShareCodes {

    public static final int LENGTH = 16;
    static final int HINT_LENGTH = 4;

    private ShareCodes() {
    }

    /** A fresh code as stored (and hashed): 16 characters, no dashes. */
    static String generate() {
        return PublicCode.generate(LENGTH);
    }

    /** The stored form of what someone typed, or empty when it cannot be a share code. */
    static Optional<String> parse(String typed) {
        return PublicCode.parse(typed, LENGTH);
    }

    /** The code grouped for people. */
    static String display(String stored) {
        return PublicCode.display(stored);
    }

    static String hint(String stored) {
        return stored.substring(stored.length() - HINT_LENGTH);
    }

    /** What is kept of a code: its SHA-256. */
    static byte[] hash(String stored) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(stored.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
