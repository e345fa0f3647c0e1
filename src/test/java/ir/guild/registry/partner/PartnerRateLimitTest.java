package ir.guild.registry.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.ratelimit.RateLimiter;
import ir.guild.registry.ratelimit.SmallRateLimits;

@QuarkusTest
@TestProfile(SmallRateLimits.class)
class PartnerRateLimitTest {

    static final Map<String, String> ITEM = Map.of("membershipNumber", "1404-000001", "shareCode",
            "AAAA-AAAA-AAAA-AAAA");

    @Inject
    MembershipTestData data;

    @Inject
    PartnerFixtures partners;

    @Inject
    RateLimiter limiter;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        data.clear();
        partners.firms();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rate_limit_window").executeUpdate());
    }

    private static Response verify() {
        return given().contentType("application/json").body(ITEM).when().post(PartnerVerificationApiTest.VERIFY);
    }

    private static Response batch(int items) {
        return given().contentType("application/json").body(Map.of("items", Collections.nCopies(items, ITEM)))
                .when().post(PartnerVerificationApiTest.BATCH);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aFirmBeyondItsLimitIs429WithRetryAfterAndIsNotAnswered() {
        for (int i = 0; i < SmallRateLimits.PARTNER_REQUESTS; i++) {
            verify().then().statusCode(200);
        }
        Response refused = verify();
        refused.then().statusCode(429).contentType(containsString("application/problem+json"))
                .body("status", equalTo(429));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(partners.log()).hasSize(SmallRateLimits.PARTNER_REQUESTS);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aBatchCountsAsItsNumberOfItems() {
        batch(3).then().statusCode(200);
        batch(3).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(partners.log()).hasSize(3);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void theLimitIsCountedPerFirmNotPerAddress() {
        for (int i = 0; i < SmallRateLimits.PARTNER_REQUESTS; i++) {
            limiter.hit(RateLimited.PARTNER_VERIFICATION, PartnerFixtures.OTHER);
        }
        assertThat(limiter.hit(RateLimited.PARTNER_VERIFICATION, PartnerFixtures.OTHER).allowed()).isFalse();
        verify().then().statusCode(200);
        List<Object[]> windows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select client_key, hits from rate_limit_window where bucket = 'partner-verification' order by 1")
                .getResultList());
        assertThat(windows).extracting(row -> row[0]).containsExactly(PartnerFixtures.ACME, PartnerFixtures.OTHER);
    }
}
