package ir.guild.registry.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.audit.AuditTrail;
import ir.guild.registry.audit.ChainVerification;
import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.Track;
import ir.guild.registry.common.SampleFiles;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.Language;

/**
 * deploy/backup.sh and deploy/restore.sh, run as an operator runs them, against a registry the
 * app itself filled in.
 * <p>
 * The server is PostgreSQL 15, not the suite's 17: pg_dump refuses to dump a server newer than
 * itself, and the newest client Debian bookworm offers is 15 ({@code postgresql-client-15}, which
 * .ci/run installs). The scripts use nothing version-specific, so production runs them the same
 * way with a client as new as its server.
 */
@QuarkusTest
@TestProfile(OnPostgres15.class)
class BackupRestoreTest {

    /** Where the backed-up database goes while its restored copy takes its name. */
    private static final String ORIGINAL = "guild_original";
    /**
     * Restores run as the owner of the new database, not as a superuser, as on CloudNativePG
     * (whose app user owns the app database).
     */
    private static final String OWNER = "guild_owner";
    private static final String OWNER_PASSWORD = "owner-secret";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

    /** The tables the guild could least afford to lose; each must hold rows before the backup. */
    private static final List<String> REGISTRY = List.of("member", "membership_application", "certificate",
            "certification_request", "certification_evidence_file", "legal_aid_case", "legal_aid_case_entry",
            "legal_aid_document", "audit_entry");

    @Inject
    MemberFixtures members;

    @Inject
    CertificationFixtures certification;

    @Inject
    LegalAidFixtures legalAid;

    @Inject
    LegalAidService cases;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AgroalDataSource appDataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aRestoredBackupHoldsTheSameRegistryAndAnIntactAuditChain() throws Exception {
        assertThat(query("postgres", "show server_version_num").get(0)).startsWith("15");
        fillRegistry("kept");
        ChainVerification chain = auditTrail.verify();
        assertThat(chain.intact()).isTrue();
        Path dump = workDirectory().resolve("guild.dump");

        Run backup = run("deploy/backup.sh", dump, libpq(Postgres15Resource.DATABASE));
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(dump).isNotEmptyFile();

        // As after losing the database: the app's database is made again, empty, and restored into.
        replaceAppDatabaseWithAnEmptyOne();
        Run restore = run("deploy/restore.sh", dump, libpqAsOwner(Postgres15Resource.DATABASE));
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("restored into").doesNotContainIgnoringCase("warning");

        Snapshot original = snapshot(ORIGINAL);
        Snapshot restored = snapshot(Postgres15Resource.DATABASE);
        assertThat(original.rows().keySet()).containsAll(REGISTRY);
        for (String table : REGISTRY) {
            assertThat(original.rows().get(table)).as("rows of %s before the backup", table).isNotEmpty();
        }
        assertThat(restored.schema()).containsExactlyElementsOf(original.schema());
        assertThat(restored.rows().keySet()).containsExactlyElementsOf(original.rows().keySet());
        for (String table : original.rows().keySet()) {
            assertThat(restored.rows().get(table)).as("rows of %s", table)
                    .containsExactlyElementsOf(original.rows().get(table));
        }

        // The app now reads the restored copy: its own check walks the same intact chain, the log
        // is still append-only, and the app carries on where the original stopped.
        appDataSource.flush(AgroalDataSource.FlushMode.ALL);
        assertThatThrownBy(() -> execute(Postgres15Resource.DATABASE, "delete from audit_entry"))
                .hasMessageContaining("append-only");
        assertThat(auditTrail.verify()).isEqualTo(chain);
        members.approve("after-restore");
        ChainVerification extended = auditTrail.verify();
        assertThat(extended.intact()).isTrue();
        assertThat(extended.entries()).isGreaterThan(chain.entries());
    }

    @Test
    void restoringOverTheLiveDatabaseIsRefusedAndChangesNothing() throws Exception {
        members.approve("live");
        Path dump = workDirectory().resolve("live.dump");
        Run backup = run("deploy/backup.sh", dump, libpq(Postgres15Resource.DATABASE));
        assertThat(backup.exit()).as(backup.output()).isZero();
        Snapshot before = snapshot(Postgres15Resource.DATABASE);

        Run restore = run("deploy/restore.sh", dump, libpq(Postgres15Resource.DATABASE));

        assertThat(restore.exit()).as(restore.output()).isEqualTo(3);
        assertThat(restore.output()).contains("is not empty", "nothing was restored");
        assertThat(snapshot(Postgres15Resource.DATABASE)).isEqualTo(before);
    }

    @Test
    void restoringIntoADatabaseHoldingAnythingElseIsRefusedToo() throws Exception {
        // Nothing here collides with the backup, so only the script's own check can stop the mix.
        execute("postgres", "create database visitors template template0");
        execute("visitors", "create table visit (at timestamptz)");
        members.approve("visited");
        Path dump = workDirectory().resolve("visited.dump");
        assertThat(run("deploy/backup.sh", dump, libpq(Postgres15Resource.DATABASE)).exit()).isZero();

        Run restore = run("deploy/restore.sh", dump, libpq("visitors"));

        assertThat(restore.exit()).as(restore.output()).isEqualTo(3);
        assertThat(snapshot("visitors").rows().keySet()).containsExactly("visit");
    }

    @Test
    void aBackupOfAnUnreachableDatabaseFailsAndWritesNoFile() throws Exception {
        Path folder = workDirectory();
        Path dump = folder.resolve("unreachable.dump");

        Run backup = run("deploy/backup.sh", dump,
                with(libpq(Postgres15Resource.DATABASE), "PGPORT", Integer.toString(closedPort())));

        assertThat(backup.exit()).as(backup.output()).isEqualTo(1);
        assertThat(backup.output()).contains("could not back up");
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotABackupIsNotRestored() throws Exception {
        Path notADump = Files.writeString(workDirectory().resolve("notes.txt"), "select 1;");
        execute("postgres", "create database never_written template template0");

        Run restore = run("deploy/restore.sh", notADump, libpq("never_written"));

        assertThat(restore.exit()).as(restore.output()).isEqualTo(2);
        assertThat(restore.output()).contains("not a backup");
    }

    /** Members in several states, a certificate and a pending request with evidence, a case with its exchanges. */
    private void fillRegistry(String prefix) {
        Track track = certification.track("BACKEND_" + prefix.toUpperCase(Locale.ROOT));
        Member sara = certification.member(prefix + "-sara");
        Member reza = certification.member(prefix + "-reza");
        members.suspended(prefix + "-nima");
        members.revoked(prefix + "-omid");
        certification.granted(sara, track, 2);
        CertificationRequest pending = certification.request(reza, track, 1);
        certification.attach(pending, "portfolio.pdf", SampleFiles.PDF);

        LegalAidCase filed = legalAid.filedBy(reza);
        CurrentPerson counsel = LegalAidFixtures.counsel(prefix + "-counsel");
        legalAid.claim(filed.id, counsel);
        cases.message(filed.id, LegalAidFixtures.person(reza), "فیش‌های حقوقی سه ماه گذشته پیوست شد.", Language.FA);
        cases.attach(filed.id, LegalAidFixtures.person(reza), "payslips.pdf", SampleFiles.PDF, Language.FA);
        legalAid.note(filed.id, counsel, LegalAidFixtures.NOTE);
    }

    /**
     * Moves the app's database aside and creates an empty one under its name. The app's pool is
     * emptied first and connections are refused while the names change.
     */
    private void replaceAppDatabaseWithAnEmptyOne() throws Exception {
        String app = Postgres15Resource.DATABASE;
        appDataSource.flush(AgroalDataSource.FlushMode.ALL);
        execute("postgres", "alter database " + app + " with allow_connections false");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!query("postgres", "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + app
                + "' and pid <> pg_backend_pid()").isEmpty()) {
            assertThat(System.nanoTime()).as("connections to %s still open", app).isLessThan(deadline);
            Thread.onSpinWait();
        }
        execute("postgres", "alter database " + app + " rename to " + ORIGINAL,
                "alter database " + ORIGINAL + " with allow_connections true",
                "create role " + OWNER + " login password '" + OWNER_PASSWORD + "'",
                "create database " + app + " owner " + OWNER + " template template0 encoding 'UTF8'");
    }

    /** Everything a restore must bring back: the schema's objects and sequences, every table's rows. */
    record Snapshot(List<String> schema, Map<String, List<String>> rows) {
    }

    private Snapshot snapshot(String database) throws SQLException {
        List<String> schema = new ArrayList<>();
        schema.addAll(query(database, "select table_name || '.' || column_name || ' ' || data_type || ' '"
                + " || is_nullable || ' ' || coalesce(column_default, '') from information_schema.columns"
                + " where table_schema = 'public' order by 1"));
        // PostgreSQL writes a restored "status in ('A', 'B')" back with its casts in other places, the
        // same test spelt differently: check constraints and index predicates count by name only.
        schema.addAll(query(database, "select conrelid::regclass || ' ' || conname || ' '"
                + " || case contype when 'c' then 'check' else pg_get_constraintdef(oid) end"
                + " from pg_constraint where connamespace = 'public'::regnamespace order by 1"));
        schema.addAll(query(database, "select regexp_replace(indexdef, ' WHERE .*', ' WHERE (partial)')"
                + " from pg_indexes where schemaname = 'public' order by 1"));
        schema.addAll(query(database, "select pg_get_triggerdef(oid) from pg_trigger where not tgisinternal order by 1"));
        schema.addAll(query(database, "select pg_get_functiondef(oid) from pg_proc"
                + " where pronamespace = 'public'::regnamespace order by 1"));
        schema.addAll(query(database, "select sequencename || ' ' || coalesce(last_value::text, 'unused')"
                + " from pg_sequences where schemaname = 'public' order by 1"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : query(database, "select tablename from pg_tables where schemaname = 'public' order by 1")) {
            // A row's text form holds every column (bytea as hex), so equal texts are equal rows.
            rows.put(table, query(database, "select t::text from public." + table + " t order by 1"));
        }
        return new Snapshot(schema, rows);
    }

    private List<String> query(String database, String select) throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(select)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    private void execute(String database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] { server().getHost() });
        source.setPortNumbers(new int[] { server().getPort() });
        source.setDatabaseName(database);
        source.setUser(user);
        source.setPassword(password);
        return source.getConnection();
    }

    private URI server() {
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }

    record Run(int exit, String output) {
    }

    /** The connection as libpq's variables, as the superuser. */
    private Map<String, String> libpq(String database) {
        return Map.of("PGHOST", server().getHost(), "PGPORT", Integer.toString(server().getPort()), "PGUSER", user,
                "PGPASSWORD", password, "PGDATABASE", database);
    }

    /** The connection as the owner of the database, not a superuser. */
    private Map<String, String> libpqAsOwner(String database) {
        return with(with(libpq(database), "PGUSER", OWNER), "PGPASSWORD", OWNER_PASSWORD);
    }

    private static Map<String, String> with(Map<String, String> variables, String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        changed.put(name, value);
        return changed;
    }

    /** Runs a script as an operator would, with the connection in the libpq variables and nothing else. */
    private Run run(String script, Path dump, Map<String, String> libpq) throws Exception {
        Path log = Files.createTempFile(Path.of("target"), "guild-script-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(script).toAbsolutePath().toString(), dump.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        environment.putAll(libpq);
        Process process = builder.start();
        try {
            assertThat(process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("%s finished within %s", script, SCRIPT_TIMEOUT).isTrue();
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static Path workDirectory() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "guild-backup-");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
