package ir.guild.registry.membership.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ir.guild.registry.reference.Labelled;

/** One option of a select list: a reference code, its label in the page's language, and whether it is chosen. */
public record Choice(String code, String label, boolean selected) {

    public static List<Choice> of(Labelled[] values, String selected, Locale locale) {
        return Arrays.stream(values)
                .map(value -> new Choice(value.name(), value.label(locale), value.name().equals(selected)))
                .toList();
    }
}
