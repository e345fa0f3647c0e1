package ir.guild.registry.membership.web;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import ir.guild.registry.web.Language;

/** Counts on pages: Persian digits on Persian pages, ASCII digits on English ones. */
final class Numbers {

    private static final ULocale PERSIAN = new ULocale("fa_IR@numbers=arabext");
    private static final ULocale ENGLISH = new ULocale("en@numbers=latn");

    private Numbers() {
    }

    static String format(long number, Language language) {
        // ICU formats are not thread-safe; each call makes its own.
        return NumberFormat.getIntegerInstance(language == Language.EN ? ENGLISH : PERSIAN).format(number);
    }
}
