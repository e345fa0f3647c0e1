package ir.guild.registry.common;

import java.text.Normalizer;

/**
 * Normalises text typed or pasted by people before it is validated or stored, so that the same
 * word or number is always kept in one form whatever keyboard or source it came from.
 */
public final class PersianText {

    private static final char ARABIC_YEH = '\u064A';
    private static final char ARABIC_ALEF_MAKSURA = '\u0649';
    private static final char ARABIC_KAF = '\u0643';
    private static final char PERSIAN_YEH = '\u06CC';
    private static final char PERSIAN_KEHEH = '\u06A9';

    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    private static final char ARABIC_COMMA = '\u060C';

    private PersianText() {
    }

    /**
     * Returns {@code text} in NFC with Arabic yeh and kaf replaced by their Persian forms, without
     * NUL characters, without leading or trailing whitespace or invisible characters, and with
     * every run of whitespace inside replaced by one space. Meant for single-line fields: line breaks become spaces too.
     * Returns {@code null} for {@code null} and {@code ""} for blank text.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        // PostgreSQL cannot store a NUL in text; no one means to type one, so it goes.
        String composed = Normalizer.normalize(text.replace("\u0000", ""), Normalizer.Form.NFC);
        return collapseWhitespace(trim(replaceArabicLetters(composed)));
    }

    /**
     * Text that keeps its paragraphs (evidence, case descriptions, reasons): each line is
     * normalised as a single-line field is, and runs of blank lines become one. Null when blank.
     */
    public static String normalizeParagraphs(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder paragraphs = new StringBuilder();
        boolean blankBefore = false;
        for (String line : text.split("\\R", -1)) {
            String normalized = normalize(line);
            if (normalized.isEmpty()) {
                blankBefore = paragraphs.length() > 0;
                continue;
            }
            if (paragraphs.length() > 0) {
                paragraphs.append(blankBefore ? "\n\n" : "\n");
            }
            paragraphs.append(normalized);
            blankBefore = false;
        }
        return paragraphs.length() == 0 ? null : paragraphs.toString();
    }

    /** Replaces Persian and Arabic-Indic digits with ASCII digits and leaves everything else as it is. */
    public static String digitsToAscii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                ascii.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                ascii.append((char) ('0' + (c - '\u0660')));
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    /**
     * Normalises a field that holds a number (an ID, a phone number, an amount): {@link #normalize},
     * then ASCII digits, then without spaces, dashes and thousands separators (ASCII comma, Arabic
     * thousands separator, Arabic comma). The Arabic decimal separator becomes {@code '.'} rather
     * than being removed, so that {@code ۱۲٫۵} stays twelve and a half instead of becoming 125.
     * Because dashes are removed, this is not for numbers that may be negative.
     */
    public static String normalizeNumeric(String text) {
        String normalized = digitsToAscii(normalize(text));
        if (normalized == null) {
            return null;
        }
        StringBuilder numeric = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == ARABIC_DECIMAL_SEPARATOR) {
                numeric.append('.');
            } else if (c != ' ' && !isDash(c) && !isThousandsSeparator(c)) {
                numeric.append(c);
            }
        }
        return numeric.toString();
    }

    private static String replaceArabicLetters(String text) {
        return text.replace(ARABIC_YEH, PERSIAN_YEH)
                .replace(ARABIC_ALEF_MAKSURA, PERSIAN_YEH)
                .replace(ARABIC_KAF, PERSIAN_KEHEH);
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmable(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isTrimmable(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static String collapseWhitespace(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inWhitespace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isWhitespace(codePoint)) {
                if (!inWhitespace) {
                    collapsed.append(' ');
                }
                inWhitespace = true;
            } else {
                collapsed.appendCodePoint(codePoint);
                inWhitespace = false;
            }
            i += Character.charCount(codePoint);
        }
        return collapsed.toString();
    }

    // Java's isWhitespace leaves out the no-break spaces, which pasted Persian text often has.
    private static boolean isWhitespace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    // Invisible characters that carry meaning only between letters (ZWNJ joins the parts of a
    // Persian word) or not at all (bidi marks and BOMs left over from copying), so at either end
    // of a value they are noise.
    private static boolean isTrimmable(int codePoint) {
        return isWhitespace(codePoint)
                || codePoint == '\u061C'
                || (codePoint >= '\u200B' && codePoint <= '\u200F')
                || (codePoint >= '\u202A' && codePoint <= '\u202E')
                || codePoint == '\u2060'
                || (codePoint >= '\u2066' && codePoint <= '\u2069')
                || codePoint == '\uFEFF';
    }

    private static boolean isDash(char c) {
        return c == '-'
                || (c >= '\u2010' && c <= '\u2015')
                || c == '\u2212'
                || c == '\uFE58'
                || c == '\uFE63'
                || c == '\uFF0D';
    }

    private static boolean isThousandsSeparator(char c) {
        return c == ',' || c == ARABIC_THOUSANDS_SEPARATOR || c == ARABIC_COMMA;
    }
}
