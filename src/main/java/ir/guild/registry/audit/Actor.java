package ir.guild.registry.audit;

import java.util.Comparator;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;

/** Who did something: an account and the role they acted in, or the platform itself. */
public record Actor(String account, String role) {

    public static final String SYSTEM_ROLE = "system";
    public static final String APPLICANT_ROLE = "applicant";

    public static Actor system(String component) {
        return new Actor(component, SYSTEM_ROLE);
    }

    /** A person acting in their most privileged guild role (admin before assessor before counsel ...). */
    public static Actor of(CurrentPerson person) {
        String role = person.roles().stream()
                .min(Comparator.comparingInt(Actor::rank))
                .map(Role::realmRole)
                .orElse(APPLICANT_ROLE);
        return new Actor(person.username(), role);
    }

    public static Actor of(CurrentPerson person, Role actingAs) {
        return new Actor(person.username(), actingAs.realmRole());
    }

    private static int rank(Role role) {
        return switch (role) {
            case ADMIN -> 0;
            case ASSESSOR -> 1;
            case COUNSEL -> 2;
            case PARTNER -> 3;
            case MEMBER -> 4;
        };
    }
}
