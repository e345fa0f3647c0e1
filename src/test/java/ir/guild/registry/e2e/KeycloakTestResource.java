package ir.guild.registry.e2e;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Keycloak, started once for the whole test run and shared by every end-to-end test. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RunningKeycloak.get();
        return Map.of();
    }

    @Override
    public void stop() {
        // Stopped by its shutdown hook when the test JVM exits, after the last profile.
    }
}
