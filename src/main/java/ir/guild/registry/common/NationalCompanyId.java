package ir.guild.registry.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Iranian legal entity's national ID (شناسه ملی اشخاص حقوقی): eleven ASCII digits whose
 * last is a check digit of the first ten. The check adds the tenth digit plus two to each of
 * the first ten digits, weighs them 29, 27, 23, 19, 17 (repeating), and takes the sum modulo
 * 11, with 10 counting as 0. Digits four to nine are a registration serial and never all zero.
 */
public record NationalCompanyId(String value) {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
    private static final int[] WEIGHTS = { 29, 27, 23, 19, 17 };

    /** @throws IllegalArgumentException unless {@code value} is already eleven valid ASCII digits */
    public NationalCompanyId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a valid national company ID");
        }
    }

    /** Reads the ID as a person may type it: with Persian or Arabic-Indic digits, spaces or dashes. */
    public static Optional<NationalCompanyId> parse(String raw) {
        String digits = PersianText.normalizeNumeric(raw);
        return isWellFormed(digits) ? Optional.of(new NationalCompanyId(digits)) : Optional.empty();
    }

    /** The check digit of the first ten digits of {@code digits}. */
    public static int checkDigit(String digits) {
        int offset = digits.charAt(9) - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0' + offset) * WEIGHTS[i % WEIGHTS.length];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 0 : remainder;
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isWellFormed(String digits) {
        return digits != null
                && ELEVEN_DIGITS.matcher(digits).matches()
                && !digits.substring(3, 9).equals("000000")
                && digits.charAt(10) - '0' == checkDigit(digits);
    }
}
