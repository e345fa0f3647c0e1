package ir.guild.registry.web;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/** Numbers on Persian pages are written in Persian digits; English pages keep ASCII ones. */
public final class LocalDigits {

    private static final ULocale PERSIAN = new ULocale("fa_IR@numbers=arabext");
    private static final ULocale ENGLISH = new ULocale("en@numbers=latn");

    private LocalDigits() {
    }

    public static String of(String text, Language language) {
        if (text == null || language != Language.FA) {
            return text;
        }
        StringBuilder persian = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            persian.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return persian.toString();
    }

    public static String of(long number, Language language) {
        return of(Long.toString(number), language);
    }

    /** A count or an amount with thousands separators: {@code ۲۵۰٬۰۰۰٬۰۰۰} in Persian, {@code 250,000,000} in English. */
    public static String grouped(long number, Language language) {
        // ICU formats are not thread-safe; each call makes its own.
        return NumberFormat.getIntegerInstance(language == Language.EN ? ENGLISH : PERSIAN).format(number);
    }

    /** A file's size in KB (at least 1), in the page's digits. */
    public static String kilobytes(long bytes, Language language) {
        return of(Math.max(1, (bytes + 1023) / 1024), language);
    }

    /** A size limit in whole MB (at least 1), in the page's digits. */
    public static String megabytes(long bytes, Language language) {
        return of(Math.max(1, bytes / (1024 * 1024)), language);
    }
}
