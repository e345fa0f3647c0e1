package ir.guild.registry.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Member;
import ir.guild.registry.notify.messenger.FakeBotApi;
import ir.guild.registry.notify.messenger.FakeBotApi.Answer;
import ir.guild.registry.notify.sms.FakeKavenegar;
import ir.guild.registry.outbox.OutboxAttempt;
import ir.guild.registry.outbox.OutboxMessage;
import ir.guild.registry.outbox.OutboxRelay;

/**
 * A notice's whole way, through the endpoints a person uses: an applicant applies, confirms their
 * mobile with the code the SMS gateway was asked to send, links a messenger chat by sending the
 * bot its code, chooses their channels, and an admin approves. The approval must then reach them
 * once by email, once in the chat and once by SMS when chosen, however the SMS gateway fares.
 */
@QuarkusTest
@TestProfile(AllChannels.class)
class NotificationJourneyTest {

    static final String BASE = "http://127.0.0.1:8080";
    static final String EMAIL = "sara@example.org";
    static final String MOBILE = "09121234567";
    static final String FULL_NAME = "سارا رضایی";
    static final String SEND_PATH = "/v1/" + AllChannels.API_KEY + "/sms/send.json";
    static final Duration BOT_ANSWER_WAIT = Duration.ofSeconds(15);

    private static long updateIds;

    @Inject
    LinkingFixtures fixtures;

    @Inject
    MobileCodeRows codes;

    @Inject
    OutboxRelay relay;

    @Inject
    MockMailbox mailbox;

    // Read anew each time: the fakes belong to the running app's test resource.
    private FakeKavenegar sms() {
        return AllChannels.sms;
    }

    private FakeBotApi bot() {
        return AllChannels.bot;
    }

    private String nationalId;
    private CapturedLog log;
    /** Whatever must never reach the log: one-time codes and the national ID, beside the keys. */
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void clean() {
        assertThat(ConfigProvider.getConfig().getValue("guild.sms.base-url", String.class))
                .as("the app speaks to the fake the test reads").isEqualTo(sms().baseUrl());
        fixtures.clear();
        codes.clear();
        mailbox.clear();
        sms().answeringAgain().answeringStatus(200);
        nationalId = Applicants.nationalId();
        secrets.clear();
        secrets.add(nationalId);
        log = new CapturedLog("ir.guild.registry");
    }

    @AfterEach
    void nothingSecretWasLogged() {
        log.close();
        assertThat(log.all()).as("the log").doesNotContain(AllChannels.API_KEY).doesNotContain(AllChannels.TOKEN)
                .doesNotContain(MOBILE);
        assertThat(secrets).allSatisfy(secret -> assertThat(log.all()).as("the log").doesNotContain(secret));
    }

    /** What the journey up to the decision left behind. */
    record Applicant(long applicationId, int version, long chatId) {
    }

    @Test
    @TestSecurity(user = "journey-1")
    void anApprovalReachesTheMemberByEmailMessengerAndChosenSmsEachOnce() throws Exception {
        Applicant sara = applyConfirmAndLink(4101, true);
        Marks before = marks();

        approve(sara);
        deliverAllDue();

        String number = membershipNumber(sara);
        String shortText = "عضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت: " + number;
        Mail mail = onlyApprovalMail(number);
        JsonNode message = onlyMessengerMessage(before, sara.chatId(), shortText);
        List<FakeKavenegar.Request> sent = smsSince(before);
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo(SEND_PATH);
            Map<String, String> form = request.form();
            assertThat(form).containsEntry("receptor", MOBILE).containsEntry("sender", AllChannels.SENDER)
                    .containsEntry("message", shortText + "\n" + BASE + "/me/card");
            assertThat(form.get("message")).doesNotContain(nationalId).doesNotContain(FULL_NAME)
                    .isNotEqualTo(mail.getText());
        });
        assertThat(message.path("text").asText()).doesNotContain(nationalId).doesNotContain(FULL_NAME)
                .isNotEqualTo(mail.getText());
        assertThat(mail.getText()).as("the email keeps the whole message").contains(FULL_NAME, number);
        secrets.add(sent.get(0).form().get("message"));

        deliverAllDue();
        assertThat(smsSince(before)).as("SMS after delivering again").hasSize(1);
        assertThat(bot().requests("sendMessage")).hasSize(before.sendMessages() + 1);
        assertThat(mailbox.getMailsSentTo(EMAIL)).hasSize(1);
        assertThat(outbox(Notifications.SMS)).singleElement()
                .satisfies(row -> assertThat(row.status).isEqualTo(OutboxMessage.Status.DELIVERED));
    }

    @Test
    @TestSecurity(user = "journey-2")
    void withoutSmsChosenTheApprovalSendsNoSmsButStillReachesTheChatOnce() throws Exception {
        Applicant sara = applyConfirmAndLink(4102, false);
        Marks before = marks();

        approve(sara);
        deliverAllDue();

        String number = membershipNumber(sara);
        onlyApprovalMail(number);
        onlyMessengerMessage(before, sara.chatId(), "عضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت: " + number);
        assertThat(smsSince(before)).as("SMS although not chosen").isEmpty();
        assertThat(outbox(Notifications.SMS)).isEmpty();
    }

    @Test
    @TestSecurity(user = "journey-3")
    void withTheSmsGatewayFailingTheApprovalSucceedsAndEmailAndMessengerStillArrive() throws Exception {
        smsFailsThenRecovers(4103, () -> sms().answering(500, "text/html", "<html><body>Internal Server Error</body></html>"),
                "Kavenegar sms/send.json: answer without a Kavenegar status (HTTP 500)");
    }

    @Test
    @TestSecurity(user = "journey-4")
    void withTheSmsGatewayNeverAnsweringTheApprovalSucceedsAndEmailAndMessengerStillArrive() throws Exception {
        smsFailsThenRecovers(4104, () -> sms().neverAnswering(),
                "Kavenegar sms/send.json: no answer within " + AllChannels.SMS_REQUEST_TIMEOUT_MILLIS + " ms");
    }

    @Test
    @TestSecurity(user = "journey-5")
    void aNumberTheGatewayRefusesForGoodIsGivenUpAtOnceAndHealthShowsIt() throws Exception {
        Applicant sara = applyConfirmAndLink(4105, true);
        Marks before = marks();
        sms().answeringStatus(411);

        approve(sara);
        deliverAllDue();

        String number = membershipNumber(sara);
        onlyApprovalMail(number);
        onlyMessengerMessage(before, sara.chatId(), "عضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت: " + number);
        assertThat(smsSince(before)).hasSize(1);
        OutboxMessage given = outbox(Notifications.SMS).get(0);
        assertThat(given.status).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(given.attempts).isEqualTo(1);
        assertThat(given.lastError).isEqualTo("Kavenegar sms/send.json: status 411, receptor not valid");
        assertThat(attempts(given.id)).singleElement().satisfies(attempt -> {
            assertThat(attempt.succeeded).isFalse();
            assertThat(attempt.error).isEqualTo(given.lastError);
        });

        ValidatableResponse health = deliveryHealth();
        health.body("find { it.channel == 'sms' }.state", equalTo("FAILING"))
                .body("find { it.channel == 'sms' }.givenUp", equalTo(1))
                .body("find { it.channel == 'sms' }.waiting", equalTo(0))
                .body("find { it.channel == 'sms' }.lastError", equalTo(given.lastError))
                .body("find { it.channel == 'mail' }.state", equalTo("OK"))
                .body("find { it.channel == 'messenger' }.state", equalTo("OK"));

        sms().answeringStatus(200);
        makeDue(given.id);
        deliverAllDue();
        assertThat(smsSince(before)).as("a given-up SMS is not sent again").hasSize(1);
    }

    private void smsFailsThenRecovers(long chatId, Runnable breakGateway, String error) throws Exception {
        Applicant sara = applyConfirmAndLink(chatId, true);
        Marks before = marks();
        breakGateway.run();

        approve(sara);
        deliverAllDue();

        String number = membershipNumber(sara);
        String shortText = "عضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت: " + number;
        onlyApprovalMail(number);
        onlyMessengerMessage(before, chatId, shortText);
        assertThat(smsSince(before)).as("SMS tried").hasSize(1);
        OutboxMessage waiting = outbox(Notifications.SMS).get(0);
        assertThat(waiting.status).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(waiting.attempts).isEqualTo(1);
        assertThat(waiting.lastError).isEqualTo(error);
        assertThat(waiting.nextAttemptAt).as("retried later, not now").isAfter(Instant.now());
        assertThat(attempts(waiting.id)).singleElement().satisfies(attempt -> {
            assertThat(attempt.succeeded).isFalse();
            assertThat(attempt.error).isEqualTo(error);
        });
        deliveryHealth()
                .body("find { it.channel == 'sms' }.state", equalTo("FAILING"))
                .body("find { it.channel == 'sms' }.failedAttempts", equalTo(1))
                .body("find { it.channel == 'sms' }.waiting", equalTo(1))
                .body("find { it.channel == 'sms' }.lastError", equalTo(error))
                .body("find { it.channel == 'mail' }.state", equalTo("OK"))
                .body("find { it.channel == 'mail' }.waiting", equalTo(0))
                .body("find { it.channel == 'messenger' }.state", equalTo("OK"))
                .body("find { it.channel == 'messenger' }.delivered", equalTo(1));

        sms().answeringAgain().answeringStatus(200);
        makeDue(waiting.id);
        deliverAllDue();

        List<FakeKavenegar.Request> sent = smsSince(before);
        assertThat(sent).as("the failed try and the one that went").hasSize(2);
        assertThat(sent.get(1).form()).containsEntry("receptor", MOBILE)
                .containsEntry("message", shortText + "\n" + BASE + "/me/card");
        assertThat(outbox(Notifications.SMS)).singleElement()
                .satisfies(row -> assertThat(row.status).isEqualTo(OutboxMessage.Status.DELIVERED));
        assertThat(attempts(waiting.id)).extracting(attempt -> attempt.succeeded).containsExactly(false, true);
        deliveryHealth().body("find { it.channel == 'sms' }.state", equalTo("OK"))
                .body("find { it.channel == 'sms' }.delivered", equalTo(1))
                .body("find { it.channel == 'sms' }.waiting", equalTo(0));

        deliverAllDue();
        assertThat(smsSince(before)).as("SMS after delivering again").hasSize(2);
        assertThat(mailbox.getMailsSentTo(EMAIL)).hasSize(1);
        assertThat(bot().requests("sendMessage")).hasSize(before.sendMessages() + 1);
    }

    // The journey, as the applicant takes it through the API.

    /**
     * Applies, confirms the mobile on the application with the code the gateway was asked to send,
     * links chat {@code chatId} by sending the bot a fresh code, chooses SMS (or not) and the
     * messenger, and has every notice of all that delivered and the mailbox emptied.
     */
    private Applicant applyConfirmAndLink(long chatId, boolean chooseSms) throws Exception {
        // In Persian, the language notices go in first.
        long applicationId = ((Number) given().header("Accept-Language", "fa").contentType(ContentType.JSON)
                .body(Applicants.form(nationalId))
                .when().post("/api/v1/applications").then().statusCode(201)
                .extract().path("id")).longValue();

        int smsBefore = sms().requests().size();
        given().contentType(ContentType.JSON).when().post("/api/v1/me/mobile-verification").then().statusCode(202)
                .body("mobile", equalTo("0912*****67"));
        List<FakeKavenegar.Request> codeSms = sms().requests().subList(smsBefore, sms().requests().size());
        assertThat(codeSms).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo(SEND_PATH);
            assertThat(request.form()).containsEntry("receptor", MOBILE);
        });
        String mobileCode = sixDigits(codeSms.get(0).form().get("message"));
        secrets.add(mobileCode);
        given().contentType(ContentType.JSON).body(Map.of("code", mobileCode))
                .when().post("/api/v1/me/mobile-verification/confirm").then().statusCode(200);

        String linkCode = given().contentType(ContentType.JSON).when().post("/api/v1/me/messenger-link-codes")
                .then().statusCode(201).extract().path("code");
        secrets.add(linkCode);
        JsonNode linked = say(chatId, "/start " + linkCode).json();
        assertThat(linked.path("chat_id").asLong()).isEqualTo(chatId);

        given().contentType(ContentType.JSON).body(Map.of("sms", chooseSms, "messenger", true))
                .when().put("/api/v1/me/notification-channels").then().statusCode(200)
                .body("sms.verified", equalTo(true)).body("sms.chosen", equalTo(chooseSms))
                .body("messenger.linked", equalTo(true)).body("messenger.chosen", equalTo(true));
        int version = given().when().get("/api/v1/applications/me").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().path("version");

        deliverAllDue();
        mailbox.clear();
        return new Applicant(applicationId, version, chatId);
    }

    /** The admin's decision, through the admin API; it must succeed whatever the channels do. */
    private static void approve(Applicant applicant) {
        signInAs("journey-admin", "admin");
        Map<String, Object> decision = new HashMap<>();
        decision.put("decision", "APPROVE");
        decision.put("grade", "MEMBER");
        decision.put("version", applicant.version());
        given().contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/admin/applications/" + applicant.applicationId() + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    private static ValidatableResponse deliveryHealth() {
        signInAs("journey-admin", "admin");
        return given().when().get("/api/v1/admin/delivery-health").then().statusCode(200);
    }

    /**
     * Switches the signed-in person within a test, as {@code @TestSecurity} does before it: the
     * journey needs the applicant and then an admin.
     */
    private static void signInAs(String user, String... roles) {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(QuarkusSecurityIdentity
                .builder().setPrincipal(new QuarkusPrincipal(user)).addRoles(Set.of(roles)).build());
    }

    /** Hands the bot a private text from {@code chatId} as the platform would, and waits for its answer. */
    private FakeBotApi.Request say(long chatId, String text) throws InterruptedException {
        int before = bot().requests("sendMessage").size();
        long updateId;
        synchronized (NotificationJourneyTest.class) {
            updateId = ++updateIds;
        }
        ObjectNode update = FakeBotApi.JSON.createObjectNode();
        update.put("update_id", updateId);
        ObjectNode message = update.putObject("message");
        message.put("message_id", updateId).put("date", 1).put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "سارا");
        ArrayNode updates = FakeBotApi.JSON.createArrayNode().add(update);
        bot().once("getUpdates", Answer.ok(updates.toString()));
        long deadline = System.nanoTime() + BOT_ANSWER_WAIT.toNanos();
        while (bot().requests("sendMessage").size() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The bot answered nothing within " + BOT_ANSWER_WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        return bot().requests("sendMessage").get(before);
    }

    // Delivery and what it left.

    /** Runs the outbox relay until no message is due now (failed ones wait for their backoff). */
    private void deliverAllDue() {
        for (int round = 0; round < 10; round++) {
            relay.deliverDue();
            long due = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                    "status = ?1 and nextAttemptAt <= ?2", OutboxMessage.Status.PENDING, Instant.now()));
            if (due == 0) {
                return;
            }
        }
        throw new AssertionError("Outbox messages still due after 10 rounds of delivery");
    }

    private static void makeDue(long messageId) {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("nextAttemptAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), messageId));
    }

    private static List<OutboxMessage> outbox(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("kind = ?1 order by id",
                kind));
    }

    private static List<OutboxAttempt> attempts(long messageId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxAttempt.<OutboxAttempt>list(
                "messageId = ?1 order by id", messageId));
    }

    private static String membershipNumber(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> Member.byApplication(applicant.applicationId())
                .orElseThrow().membershipNumber);
    }

    /** How many requests each fake had seen. */
    record Marks(int sms, int sendMessages) {
    }

    private Marks marks() {
        return new Marks(sms().requests().size(), bot().requests("sendMessage").size());
    }

    private List<FakeKavenegar.Request> smsSince(Marks marks) {
        List<FakeKavenegar.Request> all = List.copyOf(sms().requests());
        return all.subList(marks.sms(), all.size());
    }

    private Mail onlyApprovalMail(String membershipNumber) {
        List<Mail> mails = mailbox.getMailsSentTo(EMAIL);
        assertThat(mails).as("emails to the applicant").singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("عضویت شما تأیید شد");
            assertThat(mail.getText()).contains(membershipNumber);
        });
        return mails.get(0);
    }

    private JsonNode onlyMessengerMessage(Marks before, long chatId, String shortText) {
        List<FakeBotApi.Request> sent = bot().requests("sendMessage");
        assertThat(sent.subList(before.sendMessages(), sent.size())).as("messenger messages").singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/bot" + AllChannels.TOKEN + "/sendMessage"));
        JsonNode message = sent.get(before.sendMessages()).json();
        assertThat(message.path("chat_id").asLong()).isEqualTo(chatId);
        assertThat(message.path("text").asText()).isEqualTo(shortText);
        JsonNode button = message.path("reply_markup").path("inline_keyboard").path(0).path(0);
        assertThat(button.path("text").asText()).isEqualTo("مشاهده در سامانه");
        assertThat(button.path("url").asText()).isEqualTo(BASE + "/me/card");
        assertThat(message.path("reply_markup").path("inline_keyboard")).hasSize(1);
        return message;
    }

    private static String sixDigits(String text) {
        Matcher digits = Pattern.compile("[0-9]{6}").matcher(text);
        assertThat(digits.find()).as("a six-digit code in the SMS").isTrue();
        return digits.group();
    }
}
