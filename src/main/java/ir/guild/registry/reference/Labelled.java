package ir.guild.registry.reference;

import java.util.Locale;

/** A code the forms and the API use, with its label in Persian and in English. */
public interface Labelled {

    String name();

    String fa();

    String en();

    default String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en() : fa();
    }
}
