package ir.guild.registry.membership.web;

/** One option of a select or one box of a group of checkboxes, labelled in the page's language. */
public record Choice(String code, String label, boolean selected) {
}
