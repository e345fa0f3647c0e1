package ir.guild.registry.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxMetricsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
    }

    @Test
    void theBacklogOfPendingAndFailedMessagesIsPublished() {
        enqueue("waiting", Instant.now().minus(Duration.ofMinutes(30)));
        enqueue("also waiting", Instant.now());
        long hopeless = enqueue("hopeless", Instant.now().minus(Duration.ofDays(2)));
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1 where id = ?2",
                OutboxMessage.Status.FAILED, hopeless));

        String metrics = scrapeUntil("guild_outbox_messages{status=\"pending\"} 2.0");

        assertThat(metrics).contains("guild_outbox_messages{status=\"failed\"} 1.0");
        // The failed message is older, but only pending ones count for the age.
        assertThat(value(metrics, "guild_outbox_oldest_pending_age_seconds"))
                .isBetween(30 * 60.0, 40 * 60.0);
    }

    @Test
    void anEmptyOutboxHasNoBacklogAndNoAge() {
        String metrics = scrapeUntil("guild_outbox_messages{status=\"pending\"} 0.0");

        assertThat(metrics).contains("guild_outbox_messages{status=\"failed\"} 0.0");
        assertThat(value(metrics, "guild_outbox_oldest_pending_age_seconds")).isZero();
    }

    private long enqueue(String text, Instant createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = outbox.enqueue(RecordingHandler.KIND, new RecordingHandler.Note(text)).id;
            // created_at is written once by the outbox; a test backdates it behind the entity's back.
            em.createNativeQuery("update outbox_message set created_at = ?1 where id = ?2")
                    .setParameter(1, createdAt).setParameter(2, id).executeUpdate();
            return id;
        });
    }

    /** Scrapes until a line appears: gauges of one scrape share a reading for a moment. */
    static String scrapeUntil(String line) {
        Instant deadline = Instant.now().plus(PATIENCE);
        String metrics;
        do {
            metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            if (metrics.contains(line)) {
                return metrics;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("No line " + line + " in /q/metrics within " + PATIENCE + ":\n" + metrics);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static double value(String metrics, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as("metric %s is published", name).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
