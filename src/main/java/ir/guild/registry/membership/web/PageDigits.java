package ir.guild.registry.membership.web;

import ir.guild.registry.web.Language;

/** Numbers as people read them on a page: Persian digits on Persian pages. */
final class PageDigits {

    private PageDigits() {
    }

    static String of(long number, Language language) {
        String ascii = Long.toString(number);
        if (language != Language.FA) {
            return ascii;
        }
        StringBuilder persian = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            persian.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return persian.toString();
    }
}
