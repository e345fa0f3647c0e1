package ir.guild.registry.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;

/**
 * Stands in for Keycloak's admin API in tests: remembers what would have been created, enabled,
 * disabled or given a new secret, hands out made-up secrets, and can play Keycloak being down.
 * Where the admin client is on (the end-to-end profile), it passes every call on to the real one.
 */
@Alternative
@Priority(1)
@Singleton
public class RecordingPartnerClients extends PartnerClients {

    /** One thing asked of Keycloak. */
    public record Call(String action, String clientId, String detail) {
    }

    private final boolean realKeycloak;
    private final List<Call> calls = new ArrayList<>();
    private volatile boolean down;

    @Inject
    RecordingPartnerClients(Instance<Keycloak> keycloak,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> audiences,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.enabled", defaultValue = "true") boolean enabled) {
        super(keycloak, realm, audiences);
        this.realKeycloak = enabled;
    }

    @Override
    public Credentials create(String clientId, String firmName) {
        Credentials credentials = realKeycloak ? super.create(clientId, firmName) : fake(clientId);
        remember("create", clientId, firmName);
        return credentials;
    }

    @Override
    public void enable(String clientId, boolean enabled) {
        if (realKeycloak) {
            super.enable(clientId, enabled);
        } else {
            fake(clientId);
        }
        remember(enabled ? "enable" : "disable", clientId, null);
    }

    @Override
    public Credentials regenerateSecret(String clientId) {
        Credentials credentials = realKeycloak ? super.regenerateSecret(clientId) : fake(clientId);
        remember("secret", clientId, null);
        return credentials;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Forgets the calls and brings Keycloak back up. */
    public synchronized void reset() {
        calls.clear();
        down = false;
    }

    /** Makes every later call fail as an unreachable Keycloak does. */
    public void goDown() {
        down = true;
    }

    private Credentials fake(String clientId) {
        if (down) {
            throw unavailable(null);
        }
        return new Credentials(clientId, "secret-" + UUID.randomUUID());
    }

    private synchronized void remember(String action, String clientId, String detail) {
        calls.add(new Call(action, clientId, detail));
    }
}
