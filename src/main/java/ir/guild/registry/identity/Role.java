package ir.guild.registry.identity;

import java.util.Locale;
import java.util.Optional;

/** The guild's realm roles in Keycloak. A signed-in person with none of them is an applicant. */
public enum Role {
    MEMBER, ADMIN, ASSESSOR, COUNSEL, PARTNER;

    /** Role names as Keycloak and {@code @RolesAllowed} spell them. */
    public static final class Names {
        public static final String MEMBER = "member";
        public static final String ADMIN = "admin";
        public static final String ASSESSOR = "assessor";
        public static final String COUNSEL = "counsel";
        public static final String PARTNER = "partner";

        private Names() {
        }
    }

    public String realmRole() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromRealmRole(String name) {
        for (Role role : values()) {
            if (role.realmRole().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
