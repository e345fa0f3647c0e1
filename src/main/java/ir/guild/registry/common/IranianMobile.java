package ir.guild.registry.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Iranian mobile number, kept in its national form {@code 09xxxxxxxxx}. */
public record IranianMobile(String value) {

    private static final Pattern NATIONAL_FORM = Pattern.compile("09[0-9]{9}");

    // The subscriber part (9 and nine digits) behind any of the prefixes people write before it:
    // 0, +98, 0098, 98 or none at all.
    private static final Pattern ACCEPTED_FORMS = Pattern.compile("(?:0|\\+98|0098|98)?(9[0-9]{9})");

    /** @throws IllegalArgumentException unless {@code value} is already in the form {@code 09xxxxxxxxx} */
    public IranianMobile {
        if (value == null || !NATIONAL_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an Iranian mobile number in the form 09xxxxxxxxx");
        }
    }

    /**
     * Reads a mobile number in any of the forms {@code 09xxxxxxxxx}, {@code 9xxxxxxxxx},
     * {@code +989xxxxxxxxx}, {@code 00989xxxxxxxxx} or {@code 989xxxxxxxxx}, with Persian or
     * Arabic-Indic digits, spaces, dashes and parentheses.
     */
    public static Optional<IranianMobile> parse(String raw) {
        String numeric = PersianText.normalizeNumeric(raw);
        if (numeric == null) {
            return Optional.empty();
        }
        Matcher matcher = ACCEPTED_FORMS.matcher(numeric.replace("(", "").replace(")", ""));
        return matcher.matches() ? Optional.of(new IranianMobile("0" + matcher.group(1))) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** The number in international E.164 form, {@code +989xxxxxxxxx}. */
    public String e164() {
        return "+98" + value.substring(1);
    }
}
