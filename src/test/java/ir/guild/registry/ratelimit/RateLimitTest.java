package ir.guild.registry.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import ir.guild.registry.common.Problem;
import ir.guild.registry.web.Language;

@QuarkusTest
@TestProfile(SmallRateLimits.class)
class RateLimitTest {

    /** Future windows: the scheduled cleanup, which goes by the real clock, leaves them alone. */
    private static final Instant TEN_PAST = Instant.parse("2031-01-01T10:10:00Z");

    @Inject
    RateLimiter limiter;

    @Inject
    EntityManager em;

    @BeforeEach
    void forgetEveryCount() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rate_limit_window").executeUpdate());
    }

    @Test
    void checksBeyondTheLimitAre429ProblemJsonWithRetryAfterToTheEndOfTheWindow() {
        for (int i = 0; i < SmallRateLimits.PUBLIC_REQUESTS; i++) {
            given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        }
        Response refused = given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ");
        refused.then().statusCode(429)
                .contentType(containsString(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:guild:problem:too-many-requests"))
                .body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
    }

    @Test
    void pagesBeyondTheLimitAre429PagesInTheReadersLanguage() {
        for (int i = 0; i < SmallRateLimits.PUBLIC_REQUESTS; i++) {
            page(Language.EN, "/verify").then().statusCode(200);
        }
        Response english = page(Language.EN, "/verify");
        english.then().statusCode(429).contentType(containsString("text/html"));
        Document page = Jsoup.parse(english.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Too many requests");
        assertThat(page.selectFirst("#too-many").text()).contains("try again in " + english.header("Retry-After")
                + " seconds");

        Response persian = page(Language.FA, "/verify/member/1405-000123");
        persian.then().statusCode(429);
        Document persianPage = Jsoup.parse(persian.asString());
        assertThat(persianPage.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(persianPage.selectFirst("#too-many").text()).contains("ثانیه").doesNotContainPattern("[0-9]");
    }

    @Test
    void pagesMembershipChecksAndJsonShareOneCount() {
        page(Language.FA, "/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        page(Language.FA, "/verify/member/1405-000123").then().statusCode(404);
        given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429);
        page(Language.FA, "/verify").then().statusCode(429);
    }

    @Test
    void aForwardedForHeaderSentByTheClientDoesNotEscapeItsCount() {
        for (int i = 0; i < SmallRateLimits.PUBLIC_REQUESTS; i++) {
            given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        }
        given().header("X-Forwarded-For", "203.0.113.9").header("Forwarded", "for=203.0.113.9")
                .when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429);
    }

    @Test
    void anotherClientAnotherLimitAndUnlimitedPagesAreUnaffected() {
        for (int i = 0; i < SmallRateLimits.PUBLIC_REQUESTS + 1; i++) {
            given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ");
        }
        given().when().get("/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429);

        assertThat(limiter.hit(RateLimited.PUBLIC_VERIFICATION, "203.0.113.9").allowed()).isTrue();
        assertThat(limiter.hit("probe", "127.0.0.1").allowed()).isTrue();
        given().accept("text/html").when().get("/").then().statusCode(200);
        given().when().get("/api/v1/reference").then().statusCode(200);
    }

    @Test
    void twoInstancesCountingAtOnceShareOneCount() throws Exception {
        int perInstance = 10;
        List<Callable<List<RateLimiter.Verdict>>> instances = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            instances.add(() -> {
                List<RateLimiter.Verdict> verdicts = new ArrayList<>();
                for (int i = 0; i < perInstance; i++) {
                    verdicts.add(limiter.hit("probe", "partner-7", TEN_PAST));
                }
                return verdicts;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<RateLimiter.Verdict> all = new ArrayList<>();
        try {
            for (Future<List<RateLimiter.Verdict>> verdicts : pool.invokeAll(instances)) {
                all.addAll(verdicts.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(all).extracting(RateLimiter.Verdict::hits).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 2 * perInstance)
                        .boxed().toList());
        assertThat(all).filteredOn(RateLimiter.Verdict::allowed).hasSize(SmallRateLimits.PROBE_REQUESTS);
    }

    @Test
    void aRefusalWaitsOnlyUntilTheWindowEndsAndTheNextWindowStartsAfresh() {
        Instant start = Instant.parse("2031-01-01T10:10:00Z");
        for (int i = 0; i < SmallRateLimits.PROBE_REQUESTS; i++) {
            assertThat(limiter.hit("probe", "k", start.plusSeconds(i)).allowed()).isTrue();
        }
        RateLimiter.Verdict refused = limiter.hit("probe", "k", Instant.parse("2031-01-01T10:10:45.500Z"));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(14_500));
        assertThat(refused.retryAfterSeconds()).isEqualTo(15);

        RateLimiter.Verdict next = limiter.hit("probe", "k", Instant.parse("2031-01-01T10:11:00Z"));
        assertThat(next.allowed()).isTrue();
        assertThat(next.hits()).isEqualTo(1);
    }

    @Test
    void finishedWindowsAreDeletedAndCurrentOnesKept() {
        limiter.hit("probe", "k", Instant.parse("2031-01-01T10:10:30Z"));
        limiter.hit("probe", "k", Instant.parse("2031-01-01T10:11:30Z"));
        limiter.hit("probe", "other", Instant.parse("2031-01-01T10:10:10Z"));

        assertThat(limiter.removeFinished(Instant.parse("2031-01-01T10:11:00Z"))).isEqualTo(2);
        assertThat(windows()).isEqualTo(1);
        assertThat(limiter.hit("probe", "k", Instant.parse("2031-01-01T10:11:40Z")).hits()).isEqualTo(2);
    }

    @Test
    void aCountMadeInsideATransactionStandsWhenThatTransactionRollsBack() {
        Instant at = Instant.parse("2031-01-01T10:10:30Z");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(limiter.hit("probe", "rolled-back", at).hits()).isEqualTo(1);
            throw new IllegalStateException("the request failed after its count");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(limiter.hit("probe", "rolled-back", at).hits()).isEqualTo(2);
    }

    private long windows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from rate_limit_window").getSingleResult()).longValue());
    }

    private static Response page(Language language, String path) {
        return given().redirects().follow(false).accept("text/html").cookie(Language.COOKIE, language.code())
                .when().get(path);
    }
}
