package ir.guild.registry.membership.web;

/**
 * One field of a page's form as a template draws it: its element id, its name (as in the
 * JSON API), the value to show and its error, if any.
 */
public record FormField(String id, String name, String value, String error) {

    public FormField {
        value = value == null ? "" : value;
        error = error == null ? "" : error;
    }

    /** A field whose id is its name; dots are valid in ids but awkward in CSS selectors. */
    public static FormField of(String name, String value, String error) {
        return new FormField(name.replace('.', '-'), name, value, error);
    }

    public String errorId() {
        return id + "-error";
    }

    public boolean invalid() {
        return !error.isEmpty();
    }
}
