package ir.guild.registry.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's public code: 12 Crockford base-32 characters carrying 60 random bits,
 * shown in groups of four ({@code K7Q2-9XRT-M4PA}). People type codes back in, so reading
 * one forgives case, spaces, dashes and the letters Crockford's alphabet leaves out
 * because they look like digits (O for 0, I and L for 1). Other codes people pass on by
 * hand (a member's share codes) are made and read the same way, at their own length.
 */
public final class PublicCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCode() {
    }

    /** A fresh code as stored: 12 characters, no dashes. */
    public static String generate() {
        return generate(LENGTH);
    }

    /** A fresh code of {@code length} characters, each carrying 5 random bits. */
    public static String generate(int length) {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The stored form of what someone typed, or empty when it cannot be a code. */
    public static Optional<String> parse(String typed) {
        return parse(typed, LENGTH);
    }

    /** As {@link #parse(String)}, for codes of {@code length} characters. */
    public static Optional<String> parse(String typed, int length) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(length);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u200c') {
                continue;
            }
            char digit = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
            };
            if (ALPHABET.indexOf(digit) < 0 || code.length() == length) {
                return Optional.empty();
            }
            code.append(digit);
        }
        return code.length() == length ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The code grouped in fours for people: {@code K7Q2-9XRT-M4PA}. */
    public static String display(String stored) {
        StringBuilder shown = new StringBuilder(stored.length() + stored.length() / 4);
        for (int i = 0; i < stored.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(stored, i, Math.min(i + 4, stored.length()));
        }
        return shown.toString();
    }
}
