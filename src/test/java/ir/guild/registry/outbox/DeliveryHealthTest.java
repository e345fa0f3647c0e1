package ir.guild.registry.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.outbox.DeliveryHealth.ChannelHealth;
import ir.guild.registry.outbox.DeliveryHealth.State;

@QuarkusTest
class DeliveryHealthTest {

    private static final List<String> KINDS = List.of(RecordingHandler.KIND);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    RecordingHandler handler;

    @Inject
    DeliveryHealth health;

    @Inject
    TestNotes notes;

    @BeforeEach
    void clean() {
        notes.clear();
    }

    private long enqueue(String text) {
        return notes.enqueue(text);
    }

    private void makeDue(long id) {
        notes.makeDue(id);
    }

    private ChannelHealth now() {
        return health.of(KINDS, Instant.now()).get(0);
    }

    @Test
    void aChannelWithNothingToDoIsIdle() {
        ChannelHealth idle = now();
        assertThat(idle.channel()).isEqualTo(RecordingHandler.KIND);
        assertThat(idle.state()).isEqualTo(State.IDLE);
        assertThat(idle.delivered()).isZero();
        assertThat(idle.waiting()).isZero();
        assertThat(idle.lastDelivered()).isNull();
        assertThat(idle.lastError()).isNull();
    }

    @Test
    void deliveriesFailuresAndWaitingMessagesAreCountedAndTheLatestAttemptSetsTheState() {
        enqueue("one");
        enqueue("two");
        relay.deliverDue();
        ChannelHealth ok = now();
        assertThat(ok.state()).isEqualTo(State.OK);
        assertThat(ok.delivered()).isEqualTo(2);
        assertThat(ok.lastDelivered()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                Duration.ofSeconds(30)));

        handler.failuresLeft.set(Integer.MAX_VALUE);
        enqueue("three");
        relay.deliverDue();
        ChannelHealth failing = now();
        assertThat(failing.state()).isEqualTo(State.FAILING);
        assertThat(failing.delivered()).isEqualTo(2);
        assertThat(failing.failedAttempts()).isEqualTo(1);
        assertThat(failing.waiting()).isEqualTo(1);
        assertThat(failing.oldestWaiting()).isNotNull();
        assertThat(failing.lastError()).isEqualTo("receiver unavailable");
    }

    @Test
    void aGivenUpMessageMarksTheChannelDegradedOnceDeliveriesResume() {
        handler.failPermanently = true;
        enqueue("refused");
        relay.deliverDue();
        assertThat(now().state()).isEqualTo(State.FAILING);
        assertThat(now().givenUp()).isEqualTo(1);
        assertThat(now().waiting()).isZero();

        handler.failPermanently = false;
        enqueue("accepted");
        relay.deliverDue();
        ChannelHealth degraded = now();
        assertThat(degraded.state()).isEqualTo(State.DEGRADED);
        assertThat(degraded.delivered()).isEqualTo(1);
        assertThat(degraded.givenUp()).isEqualTo(1);
    }

    @Test
    void attemptsOlderThanTheWindowAreLeftOut() {
        enqueue("old");
        relay.deliverDue();
        assertThat(now().delivered()).isEqualTo(1);
        assertThat(health.of(KINDS, Instant.now().plus(DeliveryHealth.WINDOW).plusSeconds(60)).get(0).state())
                .isEqualTo(State.IDLE);
    }

    @Test
    void aLongErrorIsShortened() {
        handler.failuresLeft.set(1);
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage message = outbox.enqueue(RecordingHandler.KIND, new RecordingHandler.Note("x"));
            message.attempts = 1;
            OutboxAttempt.record(message, Instant.now(), "e".repeat(500));
        });
        assertThat(now().lastError()).hasSize(DeliveryHealth.ERROR_SHOWN + 1).endsWith("…");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsSeeEveryNoticeChannelAsJsonAndOnTheirHome() {
        given().accept("application/json").when().get("/api/v1/admin/delivery-health").then().statusCode(200)
                .body("channel", contains("mail", "sms", "messenger"))
                .body("[0].state", equalTo("IDLE"));
        given().accept("text/html").cookie("guild-lang", "en").when().get("/admin").then().statusCode(200)
                .body(containsString("id=\"delivery-health\""))
                .body(containsString("data-channel=\"sms\" data-state=\"IDLE\""))
                .body(containsString(">Messenger<"));
        given().accept("text/html").when().get("/admin").then().statusCode(200)
                .body(containsString(">پیامک<"));
    }
}
