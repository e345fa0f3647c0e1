package ir.guild.registry.web;

import ir.guild.registry.web.Language;

/** Numbers on Persian pages are written in Persian digits; English pages keep ASCII ones. */
public final class LocalDigits {

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
}
