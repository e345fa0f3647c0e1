package ir.guild.registry.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Iranian national ID (کد ملی): ten ASCII digits whose last digit is the check digit of the
 * first nine. Its {@link #toString()} is masked so that logging a value does not leak the ID.
 */
public record NationalId(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final int VISIBLE_DIGITS = 4;

    /** @throws IllegalArgumentException unless {@code value} is already ten valid ASCII digits */
    public NationalId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a valid national ID");
        }
    }

    /**
     * Reads a national ID as a person may type it: with Persian or Arabic-Indic digits, spaces or
     * dashes. Shorter inputs are not padded with zeros, because the leading zeros are part of the
     * ID and a missing digit is more likely a typing mistake than an omitted zero.
     */
    public static Optional<NationalId> parse(String raw) {
        String digits = PersianText.normalizeNumeric(raw);
        return isWellFormed(digits) ? Optional.of(new NationalId(digits)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** The ID with all but its last four digits replaced by {@code *}. */
    public String masked() {
        return "*".repeat(value.length() - VISIBLE_DIGITS) + value.substring(value.length() - VISIBLE_DIGITS);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean isWellFormed(String digits) {
        return digits != null
                && TEN_DIGITS.matcher(digits).matches()
                && !allDigitsEqual(digits)
                && digits.charAt(9) - '0' == checkDigit(digits);
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }

    // Such IDs pass the checksum but are never issued; they are what people type to get past a form.
    private static boolean allDigitsEqual(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
    }
}
