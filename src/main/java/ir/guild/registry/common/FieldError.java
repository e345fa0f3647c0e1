package ir.guild.registry.common;

/** One invalid field of a request: its name as the client sent it, and what is wrong. */
public record FieldError(String field, String message) {
}
