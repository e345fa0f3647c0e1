package ir.guild.registry.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's public code: 12 Crockford base-32 characters carrying 60 random bits,
 * shown in groups of four ({@code K7Q2-9XRT-M4PA}). People type codes back in, so reading
 * one forgives case, spaces, dashes and the letters Crockford's alphabet leaves out
 * because they look like digits (O for 0, I and L for 1).
 */
public final class PublicCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCode() {
    }

    /** A fresh code as stored: 12 characters, no dashes. */
    public static String generate() {
        long bits = RANDOM.nextLong() >>> 4; // 60 random bits
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }

    /** The stored form of what someone typed, or empty when it cannot be a code. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u200c') {
                continue;
            }
            char digit = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
            };
            if (ALPHABET.indexOf(digit) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(digit);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The code grouped for people: {@code K7Q2-9XRT-M4PA}. */
    public static String display(String stored) {
        return stored.substring(0, 4) + "-" + stored.substring(4, 8) + "-" + stored.substring(8);
    }
}
