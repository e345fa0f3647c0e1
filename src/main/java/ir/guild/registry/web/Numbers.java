package ir.guild.registry.web;

import java.math.BigDecimal;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/** Counts and amounts on pages, grouped by thousands: Persian digits on Persian pages, ASCII digits on English ones. */
public final class Numbers {

    private static final ULocale PERSIAN = new ULocale("fa_IR@numbers=arabext");
    private static final ULocale ENGLISH = new ULocale("en@numbers=latn");

    private Numbers() {
    }

    public static String format(long number, Language language) {
        return integers(language).format(number);
    }

    /** A whole amount, such as Rials in dispute. */
    public static String format(BigDecimal amount, Language language) {
        return integers(language).format(amount);
    }

    private static NumberFormat integers(Language language) {
        // ICU formats are not thread-safe; each call makes its own.
        return NumberFormat.getIntegerInstance(language == Language.EN ? ENGLISH : PERSIAN);
    }
}
