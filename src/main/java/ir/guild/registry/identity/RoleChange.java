package ir.guild.registry.identity;

/** A realm role to grant to or take from a Keycloak account, delivered through the outbox. */
public record RoleChange(String accountSubject, String role, boolean granted) {

    public static RoleChange grant(String accountSubject, Role role) {
        return new RoleChange(accountSubject, role.realmRole(), true);
    }

    public static RoleChange revoke(String accountSubject, Role role) {
        return new RoleChange(accountSubject, role.realmRole(), false);
    }
}
