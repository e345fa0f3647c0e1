package ir.guild.registry.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.jboss.logging.Logger;

/**
 * What the app starts by itself before Quarkus reads its configuration, so that a
 * machine with only a JDK runs the whole platform: an embedded PostgreSQL whenever no
 * JDBC URL is configured, and, for the local run ({@code -Dguild.local.keycloak=true}),
 * Keycloak with the guild realm and its demo accounts.
 */
public final class LocalPlatform {

    private static final Logger LOG = Logger.getLogger(LocalPlatform.class);

    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";

    private static volatile Path demoRealmFile;

    private LocalPlatform() {
    }

    public static void prepare() {
        Path localDir = localDirectory();
        if (databaseConfigured()) {
            LOG.info("Using the configured PostgreSQL");
        } else {
            EmbeddedDatabase database = EmbeddedDatabase.start(localDir.resolve("postgres"), true);
            System.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
        }
        if (Boolean.getBoolean("guild.local.keycloak")) {
            Path realmDir = Path.of(System.getProperty("guild.local.realm-dir", "deploy/keycloak"));
            Path demoFile = realmDir.resolve("demo-realm.json");
            KeycloakServer.fromLocalDirectory(localDir, keycloakVersion(), realmDir.resolve("guild-realm.json"),
                    Optional.of(demoFile)).start(Duration.ofMinutes(3));
            demoRealmFile = demoFile;
        }
    }

    /** The demo accounts' file when this JVM started Keycloak with them, for the start-up banner. */
    public static Optional<Path> demoRealmFile() {
        return Optional.ofNullable(demoRealmFile);
    }

    static boolean databaseConfigured() {
        return notBlank(System.getProperty(JDBC_URL_PROPERTY)) || notBlank(System.getenv(JDBC_URL_ENV));
    }

    static Path localDirectory() {
        return Path.of(System.getProperty("guild.local.dir", ".local")).toAbsolutePath();
    }

    /** The Keycloak version the build resolved, recorded in a filtered resource. */
    public static String keycloakVersion() {
        Properties build = new Properties();
        try (InputStream in = LocalPlatform.class.getResourceAsStream("/guild-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return System.getProperty("guild.keycloak.version", build.getProperty("keycloak.version"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

}
