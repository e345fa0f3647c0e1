package ir.guild.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages of the guild's pages: Persian first, right to left; English second. */
public enum Language {
    FA("fa", "rtl", "فارسی"),
    EN("en", "ltr", "English");

    public static final Language DEFAULT = FA;
    public static final String COOKIE = "guild-lang";

    private final String code;
    private final String direction;
    private final String nativeName;

    Language(String code, String direction, String nativeName) {
        this.code = code;
        this.direction = direction;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String direction() {
        return direction;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public boolean rtl() {
        return this == FA;
    }

    public Language other() {
        return this == FA ? EN : FA;
    }

    /** The API's language: Persian for clients that prefer it, English otherwise. */
    public static Language ofApiClient(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("fa".equals(locale.getLanguage())) {
                return FA;
            }
            if ("en".equals(locale.getLanguage())) {
                return EN;
            }
        }
        return EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
