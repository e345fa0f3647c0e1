package ir.guild.registry.notify;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The test profile with {@link ScriptedSmsGateway} in place of the configured provider. */
public class ScriptedSms implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedSmsGateway.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // A free port rather than the shared 8081: nothing here needs a known one.
        return Map.of("quarkus.http.test-port", "0");
    }
}
