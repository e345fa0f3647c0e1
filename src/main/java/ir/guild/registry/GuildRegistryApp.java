package ir.guild.registry;

import ir.guild.registry.devstack.LocalPlatform;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the registry. Before Quarkus reads its configuration, the local platform
 * starts whatever the environment does not provide: an embedded PostgreSQL when no
 * JDBC URL is configured, and Keycloak when the local run asks for it.
 */
@QuarkusMain
public final class GuildRegistryApp {

    public static void main(String... args) {
        LocalPlatform.prepare();
        Quarkus.run(args);
    }
}
