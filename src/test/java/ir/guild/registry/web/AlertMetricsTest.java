package ir.guild.registry.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The metrics the alerts in docs/operations.md are written against exist under those names. */
@QuarkusTest
class AlertMetricsTest {

    @Test
    void everyMetricTheAlertsUseIsPublished() {
        // One request first, so that the HTTP server timer has a series to show.
        given().when().get("/api/v1/reference").then().statusCode(200);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .contains("http_server_requests_seconds_count{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"")
                .contains("agroal_active_count{")
                .contains("agroal_awaiting_count{")
                .contains("agroal_max_used_count{")
                .contains("guild_outbox_messages{status=\"pending\"}")
                .contains("guild_outbox_messages{status=\"failed\"}")
                .contains("guild_outbox_oldest_pending_age_seconds ")
                .contains("jvm_memory_used_bytes{");
    }
}
