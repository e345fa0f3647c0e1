package ir.guild.registry.membership.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ir.guild.registry.common.FieldError;

/** The errors of a refused form, looked up by field so each is shown next to its field. */
public record FieldMessages(Map<String, String> byField) {

    static final FieldMessages NONE = new FieldMessages(Map.of());

    static FieldMessages of(List<FieldError> errors) {
        return new FieldMessages(errors.stream()
                .collect(Collectors.toUnmodifiableMap(FieldError::field, FieldError::message, (a, b) -> a)));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}
