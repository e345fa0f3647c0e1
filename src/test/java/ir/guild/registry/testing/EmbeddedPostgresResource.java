package ir.guild.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import ir.guild.registry.devstack.EmbeddedDatabase;

/**
 * One real PostgreSQL for the whole test run, in a fresh data folder, shared by every
 * Quarkus test profile. It stops when the test JVM exits.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    public static synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                // Under this build's target/, so that CI can tell this run's server from any other.
                Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
                database = EmbeddedDatabase.start(Files.createTempDirectory(target, "guild-test-pg"), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedDatabase db = database();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        // Kept for the next test profile; the JVM shutdown hook stops it.
    }
}
