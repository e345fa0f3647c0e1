package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import ir.guild.registry.devstack.EmbeddedDatabase;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.legalaid.OverdueAlerts;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.partner.webhook.WebhookCalls;
import ir.guild.registry.partner.webhook.WebhookReceiver;

/**
 * The app is stateless: two instances of the packaged jar (production profile, configured only by
 * system properties and environment variables) on two ports, against one PostgreSQL and one Keycloak,
 * behind a proxy that sends each request to the other instance in turn. It proves that
 * <ol>
 * <li>a browser signed in through the proxy stays signed in while its requests alternate between the
 * instances, and a CSRF-protected form rendered by one instance is accepted by the other
 * ({@link #aSignedInBrowserKeepsWorkingAcrossBothInstances});</li>
 * <li>every outbox item (emails, Keycloak role changes, partner webhooks) is delivered exactly once,
 * counted at an SMTP server, the webhook receiver, Keycloak and in the outbox table
 * ({@link #everyOutboxItemIsDeliveredExactlyOnce});</li>
 * <li>expiry reminders and overdue legal-aid alerts, checked every second by both instances, go out
 * once ({@link #remindersAndOverdueAlertsGoOutOnce}).</li>
 * </ol>
 * It also starts both instances at the same moment on an empty database, so the migrations run once
 * while the other instance waits.
 *
 * <p>What every instance must share, besides the database: the OIDC client and its secret
 * ({@code quarkus.oidc.client-id}, {@code GUILD_WEB_CLIENT_SECRET}), which also keys the encryption
 * of the session cookie unless {@code quarkus.oidc.token-state-manager.encryption-secret} is given
 * (then that must be the same everywhere); the signing keys of credentials ({@code
 * GUILD_CREDENTIALS_KEYS}, never a per-instance {@code guild.credentials.key-file}); the CSRF
 * token signature key when {@code quarkus.rest-csrf.token-signature-key} is set; and {@code
 * guild.public-url}. Nothing else is kept in an instance: sessions live in the encrypted cookie,
 * rate limits, claims of reminders and alerts, and the outbox in PostgreSQL.
 *
 * <p>Run after {@code package} (the jar must exist), like every test of this build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesE2ETest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final String WEB_CLIENT = "guild-web-instances";
    private static final String WEB_CLIENT_SECRET = "guild-web-instances-secret";
    /** Given explicitly, as production should: the same on every instance. */
    private static final String SESSION_SECRET = "two-instances-session-secret-0123456789";
    private static final String CSRF_KEY = "two-instances-csrf-signature-key-0123456789";
    private static final String DESK = "desk@guild.test";
    private static final String ADMIN_EMAIL = "demo-admin@guild.example";
    private static final int APPLICANTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StartedForATest started;

    private static EmbeddedDatabase database;
    private static GreenMail smtp;
    private static WebhookReceiver webhooks;
    private static RoundRobinProxy proxy;
    private static AppInstance first;
    private static AppInstance second;
    private static final List<Applicant> applicants = new ArrayList<>();

    /** A person with a Keycloak account and a submitted application. */
    record Applicant(String email, String password, String subject, long applicationId) {
    }

    @BeforeAll
    static void startTwoInstances() throws Exception {
        started = new StartedForATest("two-instances");
        RunningKeycloak.get();
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        database = EmbeddedDatabase.start(Files.createTempDirectory(target, "guild-test-pg-instances"), false);
        started.add(database);
        smtp = new GreenMail(new ServerSetup(AppInstance.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        started.add(smtp::stop);
        webhooks = new WebhookReceiver();
        started.add(webhooks);

        int firstPort = AppInstance.freePort();
        int secondPort = AppInstance.freePort();
        proxy = RoundRobinProxy.start(List.of(firstPort, secondPort));
        started.add(proxy);

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        properties.put("quarkus.datasource.username", database.username());
        properties.put("quarkus.datasource.password", database.password());
        properties.put("quarkus.oidc.client-id", WEB_CLIENT);
        // The ID token names the client in its audience, access tokens name guild-web (the realm's audience scope).
        properties.put("quarkus.oidc.token.audience", "guild-web," + WEB_CLIENT);
        properties.put("quarkus.oidc.token-state-manager.encryption-secret", SESSION_SECRET);
        properties.put("quarkus.rest-csrf.token-signature-key", CSRF_KEY);
        properties.put("quarkus.mailer.host", "127.0.0.1");
        properties.put("quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort()));
        properties.put("quarkus.mailer.start-tls", "DISABLED");
        properties.put("guild.public-url", proxy.url());
        properties.put("guild.partners.webhooks.require-https", "false");
        properties.put("guild.outbox.poll-interval", "1s");
        properties.put("guild.outbox.initial-backoff", "1s");
        properties.put("guild.outbox.max-backoff", "4s");
        properties.put("guild.membership.reminder-interval", "1s");
        properties.put("guild.legal-aid.overdue-check-interval", "1s");
        properties.put("guild.legal-aid.alert-addresses", DESK);
        Map<String, String> env = Map.of(
                "GUILD_WEB_CLIENT_SECRET", WEB_CLIENT_SECRET,
                "GUILD_NOTIFY_MOBILE_CODE_SECRET", "two-instances-mobile-code-secret-0123456789",
                "GUILD_CREDENTIALS_KEYS", new JWKSet(new ECKeyGenerator(Curve.P_256).keyID("instances-test")
                        .generate()).toString(false));

        Path logs = target.resolve("two-instances");
        first = AppInstance.start("instance-1", firstPort, properties, env, logs.resolve("instance-1.log"));
        started.add(first);
        second = AppInstance.start("instance-2", secondPort, properties, env, logs.resolve("instance-2.log"));
        started.add(second);
        CompletableFuture<AppInstance> firstReady = CompletableFuture.supplyAsync(() -> first.awaitReady(START_TIMEOUT));
        second.awaitReady(START_TIMEOUT);
        firstReady.join();

        for (int i = 0; i < APPLICANTS; i++) {
            applicants.add(apply(i));
        }
    }

    @AfterAll
    static void stopEverything() {
        if (started != null) {
            started.close();
        }
    }

    @Test
    @Order(1)
    void aSignedInBrowserKeepsWorkingAcrossBothInstances() throws Exception {
        Applicant applicant = applicants.get(0);
        String app = proxy.url() + "/";
        int servedBefore = proxy.forwarded().size();
        try (Browser browser = Browser.open(app)) {
            browser.signIn(app + "admin/applications", "demo-admin", "admin-pass");
            for (String page : List.of("admin", "me", "admin/members", "admin/applications",
                    "admin/applications/" + applicant.applicationId())) {
                browser.driver().get(app + page);
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid='signed-in-name']")));
                assertThat(browser.driver().getCurrentUrl()).startsWith(app);
            }
            // A form rendered by one instance, with its CSRF token, posted to whichever comes next.
            browser.driver().findElement(By.cssSelector("#approve-form button[type='submit']")).click();
            awaitTrue("the approval made in the browser", () -> "APPROVED".equals(applicationStatus(applicant)));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid='signed-in-name']")));
            assertThat(browser.driver().getCurrentUrl()).startsWith(app);
        }
        List<RoundRobinProxy.Forwarded> journey = proxy.forwarded().subList(servedBefore, proxy.forwarded().size());
        System.out.printf("Browser journey: %d requests, %d to %s, %d to %s%n", journey.size(),
                journey.stream().filter(request -> request.upstream() == first.port()).count(), first.name(),
                journey.stream().filter(request -> request.upstream() == second.port()).count(), second.name());
        assertThat(journey).extracting(RoundRobinProxy.Forwarded::upstream).contains(first.port(), second.port());
        assertThat(journey).filteredOn(request -> request.uri().startsWith("/admin"))
                .extracting(RoundRobinProxy.Forwarded::upstream).contains(first.port(), second.port());
        assertThat(journey).filteredOn(request -> request.method().equals("POST"))
                .extracting(RoundRobinProxy.Forwarded::status).allMatch(status -> status < 400);
        assertThat(journey).extracting(RoundRobinProxy.Forwarded::status).noneMatch(status -> status >= 500);
    }

    @Test
    @Order(2)
    void everyOutboxItemIsDeliveredExactlyOnce() throws Exception {
        String admin = RunningKeycloak.passwordGrantToken("guild-cli", "demo-admin", "admin-pass");
        for (Applicant applicant : applicants) {
            if (!"APPROVED".equals(applicationStatus(applicant))) {
                JsonNode application = call("GET", "/api/v1/admin/applications/" + applicant.applicationId(), admin, null, 200);
                call("POST", "/api/v1/admin/applications/" + applicant.applicationId() + "/decision", admin,
                        Map.of("decision", "APPROVE", "grade", "MEMBER", "version", application.path("version").asInt()), 200);
            }
        }
        // Keycloak follows the approvals: each new member can sign in with the member role.
        for (Applicant applicant : applicants) {
            awaitTrue("the member role of " + applicant.email(), () -> realmRoles(applicant).contains("member"));
        }

        // A partner firm, registered by an admin, subscribes to every member with their share codes.
        JsonNode firm = call("POST", "/api/v1/admin/partners", admin, Map.of("name", "Two Instances Firm " + System.nanoTime(),
                "nationalCompanyId", "10100834460", "contactEmail", "hr@firm.test"), 201);
        String partner = RunningKeycloak.clientCredentialsToken(firm.path("clientId").asText(),
                firm.path("clientSecret").asText());
        for (Applicant applicant : applicants) {
            String member = memberToken(applicant);
            String shareCode = call("POST", "/api/v1/members/me/share-codes", member,
                    Map.of("scope", "MEMBERSHIP", "validForHours", "24", "label", "firm"), 201).path("code").asText();
            call("POST", "/api/v1/partner/subscriptions", partner, Map.of("membershipNumber",
                    membershipNumber(applicant), "shareCode", shareCode, "callbackUrl", webhooks.url()), 201);
        }
        // Each suspension queues a webhook call, a role change and an email.
        for (Applicant applicant : applicants) {
            call("POST", "/api/v1/admin/members/" + membershipNumber(applicant) + "/status", admin,
                    Map.of("status", "SUSPENDED", "reason", "Checked by two instances"), 200);
        }
        for (Applicant applicant : applicants) {
            awaitTrue("the member role of " + applicant.email() + " taken away",
                    () -> !realmRoles(applicant).contains("member"));
        }

        awaitTrue("every outbox message delivered", () -> count("select count(*) from outbox_message "
                + "where status <> 'DELIVERED'") == 0 && webhooks.calls().size() >= APPLICANTS);
        // Claimed once each: a second claim would have raised the attempts.
        assertThat(count("select count(*) from outbox_message where attempts <> 1")).isZero();

        Map<String, Integer> mailsByMessage = mailsByOutboxMessage();
        List<Long> mailMessages = ids("select id from outbox_message where kind = '" + MailDelivery.KIND + "'");
        assertThat(mailMessages).hasSizeGreaterThanOrEqualTo(APPLICANTS * 3);
        for (long id : mailMessages) {
            assertThat(mailsByMessage.getOrDefault(Long.toString(id), 0)).as("mails of outbox message " + id).isEqualTo(1);
        }
        assertThat(mailsByMessage.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(mailMessages.size());

        List<String> webhookIds = webhooks.calls().stream().map(call -> call.header(WebhookCalls.ID_HEADER)).toList();
        assertThat(webhookIds).doesNotHaveDuplicates()
                .hasSize((int) count("select count(*) from outbox_message where kind = '" + WebhookCalls.KIND + "'"));
        assertThat(webhookIds).hasSize(APPLICANTS);
        // Role grants and removals both reached Keycloak (checked above), one outbox message each.
        assertThat(count("select count(*) from outbox_message where kind = '" + KeycloakRoles.KIND + "'"))
                .isEqualTo(2L * APPLICANTS);
    }

    @Test
    @Order(3)
    void remindersAndOverdueAlertsGoOutOnce() throws Exception {
        Applicant applicant = apply(APPLICANTS);
        String admin = RunningKeycloak.passwordGrantToken("guild-cli", "demo-admin", "admin-pass");
        JsonNode application = call("GET", "/api/v1/admin/applications/" + applicant.applicationId(), admin, null, 200);
        call("POST", "/api/v1/admin/applications/" + applicant.applicationId() + "/decision", admin,
                Map.of("decision", "APPROVE", "grade", "MEMBER", "version", application.path("version").asInt()), 200);
        awaitTrue("the member role of " + applicant.email(), () -> realmRoles(applicant).contains("member"));
        JsonNode legalCase = call("POST", "/api/v1/legal-aid/cases", memberToken(applicant), Map.of(
                "category", "UNPAID_WAGES", "subject", "Unpaid wages for three months",
                "description", "The employer has not paid since spring.", "counterpartyName", "Acme Ltd",
                "counterpartyType", "COMPANY", "urgency", "NORMAL", "preferredContact", "EMAIL"), 201);
        String caseNumber = legalCase.path("caseNumber").asText();

        awaitTrue("the approval's and the case's outbox messages delivered",
                () -> count("select count(*) from outbox_message where status <> 'DELIVERED'") == 0);
        int mailsBefore = mailsTo(applicant.email()).size();

        // Due a 7-day reminder, and a case whose first response is long overdue: both instances check every second.
        update("update member set valid_until = current_date + 5 where account_subject = '" + applicant.subject() + "'");
        update("update legal_aid_case set first_response_due = current_date - 10 where case_number = '" + caseNumber + "'");

        awaitTrue("the reminder and the alert sent", () -> count("select count(*) from member_reminder") >= 1
                && count("select count(*) from legal_aid_case where overdue_alerted_at is not null") >= 1
                && count("select count(*) from outbox_message where status <> 'DELIVERED'") == 0);
        // Several more rounds of both checks on both instances.
        Instant settle = Instant.now().plusSeconds(4);
        awaitTrue("a few more checks", () -> Instant.now().isAfter(settle));

        assertThat(count("select count(*) from member_reminder")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_message where kind = '" + OverdueAlerts.KIND + "'")).isEqualTo(1);
        assertThat(mailsTo(applicant.email())).hasSize(mailsBefore + 1);
        assertThat(mailsTo(DESK)).filteredOn(mail -> subject(mail).contains(caseNumber)).hasSize(1);
        assertThat(mailsTo(ADMIN_EMAIL)).filteredOn(mail -> subject(mail).contains(caseNumber)).hasSize(1);
    }

    // --- the people and their calls -------------------------------------------------------------

    private static Applicant apply(int index) {
        String email = "instances-" + index + "-" + System.nanoTime() + "@guild.example";
        String password = "instances-pass-" + index;
        String subject = KeycloakUsers.create(email, password);
        Map<String, Object> form = new HashMap<>(Applicants.form(Applicants.nationalId()));
        form.put("email", email);
        String token = RunningKeycloak.passwordGrantToken("guild-cli", email, password);
        JsonNode application = call("POST", "/api/v1/applications", token, form, 201);
        return new Applicant(email, password, subject, application.path("id").asLong());
    }

    private static String memberToken(Applicant applicant) {
        return RunningKeycloak.passwordGrantToken("guild-cli", applicant.email(), applicant.password());
    }

    private static List<String> realmRoles(Applicant applicant) {
        List<String> roles = new ArrayList<>();
        RunningKeycloak.claims(memberToken(applicant)).path("realm_access").path("roles")
                .forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /** A JSON call through the proxy, so that consecutive calls reach different instances. */
    private static JsonNode call(String method, String path, String token, Object body, int expectedStatus) {
        return JsonCalls.call(proxy.url(), method, path, token, body, expectedStatus);
    }

    // --- what the receivers and the database saw ----------------------------------------------------

    private static Map<String, Integer> mailsByOutboxMessage() {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String id = header(mail, "X-Guild-Message-Id");
            if (id != null) {
                counts.merge(id, recipients(mail).size(), Integer::sum);
            }
        }
        return counts;
    }

    private static List<MimeMessage> mailsTo(String address) {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(mail -> recipients(mail).contains(address.toLowerCase())).toList();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            Address[] all = mail.getAllRecipients();
            return all == null ? List.of() : List.of(all).stream().map(a -> a.toString().toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String applicationStatus(Applicant applicant) {
        return query("select status from membership_application where id = " + applicant.applicationId());
    }

    private static String membershipNumber(Applicant applicant) {
        return query("select membership_number from member where account_subject = '" + applicant.subject() + "'");
    }

    private static String query(String sql) {
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        String value = query(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static List<Long> ids(String sql) {
        List<Long> ids = new ArrayList<>();
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static void update(String sql) {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + DELIVERY_TIMEOUT.toSeconds() + " s: " + what);
            }
            AppInstance.pause(Duration.ofMillis(250));
        }
    }
}
