package ir.guild.registry.membership.web;

import org.jboss.resteasy.reactive.RestForm;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.membership.Decision;

/** One of the three decision forms on an application's page, as the browser posts it. */
public class DecisionFields {

    @RestForm
    public String decision;
    @RestForm
    public String reason;
    @RestForm
    public String grade;
    @RestForm
    public String version;

    public static DecisionFields none() {
        return new DecisionFields();
    }

    /** The decision as the membership service takes it; a version that is not a number is no version. */
    public Decision toDecision() {
        return new Decision(decision, reason, grade, versionNumber());
    }

    /** Which form was sent, so its entered reason and errors go back to the same form. */
    public Decision.Kind kind() {
        String value = PersianText.normalize(decision);
        for (Decision.Kind kind : Decision.Kind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        return null;
    }

    private Integer versionNumber() {
        String value = PersianText.normalizeNumeric(version);
        if (value == null || value.isEmpty() || value.length() > 9
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(value);
    }
}
