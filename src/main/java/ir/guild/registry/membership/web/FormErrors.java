package ir.guild.registry.membership.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.guild.registry.common.FieldError;

/**
 * The errors of a refused form, by field, so a page can show each one beside its field.
 * Fields are named as in the JSON API; an error on one item of a list
 * ({@code specialties[2]}) belongs to the list's field.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.putIfAbsent(fieldOf(error.field()), error.message());
        }
        return new FormErrors(Collections.unmodifiableMap(byField));
    }

    /** These errors, with {@code field}'s replaced by {@code message}. */
    public FormErrors with(String field, String message) {
        Map<String, String> byField = new LinkedHashMap<>(this.byField);
        byField.put(field, message);
        return new FormErrors(Collections.unmodifiableMap(byField));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for {@code field}, or an empty string. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    private static String fieldOf(String name) {
        int index = name.indexOf('[');
        return index < 0 ? name : name.substring(0, index);
    }
}
