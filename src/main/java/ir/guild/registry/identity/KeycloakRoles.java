package ir.guild.registry.identity;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;

import ir.guild.registry.outbox.Outbox;
import ir.guild.registry.outbox.OutboxHandler;

/**
 * Makes Keycloak's realm roles follow the registry: the database decides who is a member,
 * and the change reaches Keycloak through the outbox, so Keycloak being down never
 * blocks or loses a decision. Granting and removing a role are idempotent.
 */
@ApplicationScoped
public class KeycloakRoles implements OutboxHandler<RoleChange> {

    public static final String KIND = "keycloak.role";

    private final Outbox outbox;
    private final Instance<Keycloak> keycloak;
    private final String realm;

    KeycloakRoles(Outbox outbox, Instance<Keycloak> keycloak,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.outbox = outbox;
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** Queues the change in the caller's transaction. */
    public void queue(RoleChange change) {
        outbox.enqueue(KIND, change);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<RoleChange> payloadType() {
        return RoleChange.class;
    }

    @Override
    public void deliver(RoleChange change, long messageId) {
        RealmResource guild = keycloak.get().realm(realm);
        RoleRepresentation role = guild.roles().get(change.role()).toRepresentation();
        var roles = guild.users().get(change.accountSubject()).roles().realmLevel();
        if (change.granted()) {
            roles.add(List.of(role));
        } else {
            roles.remove(List.of(role));
        }
    }
}
