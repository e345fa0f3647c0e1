package ir.guild.registry.e2e;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app as it runs for real: OIDC on, against the Keycloak of the test run. */
public class EndToEndProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.keycloak.admin-client.enabled", "true",
                // The outbox relay runs as in production, only faster, so role changes reach Keycloak.
                "guild.outbox.poll-interval", "1s",
                "guild.outbox.initial-backoff", "1s",
                "guild.outbox.max-backoff", "4s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakTestResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
