package ir.guild.registry.identity;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in person as the guild sees them: their Keycloak account, their name and
 * their guild roles, read from the verified token.
 */
public record CurrentPerson(String subject, String username, String displayName, String email, Set<Role> roles) {

    public static CurrentPerson of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(name -> Role.fromRealmRole(name).ifPresent(roles::add));
        if (principal instanceof JsonWebToken token) {
            String username = claim(token, "preferred_username", token.getName());
            String name = claim(token, "name", joinNames(token));
            return new CurrentPerson(token.getSubject(), username, name.isBlank() ? username : name,
                    claim(token, "email", null), Set.copyOf(roles));
        }
        return new CurrentPerson(principal.getName(), principal.getName(), principal.getName(), null,
                Set.copyOf(roles));
    }

    public boolean isApplicant() {
        return roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private static String joinNames(JsonWebToken token) {
        return (claim(token, "given_name", "") + " " + claim(token, "family_name", "")).trim();
    }

    private static String claim(JsonWebToken token, String name, String fallback) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value == null ? fallback : value.toString();
    }
}
