package ir.guild.registry.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Behind the production reverse proxy, each visitor is counted by the address the proxy saw. */
@QuarkusTest
@TestProfile(ProductionProxy.class)
class ProxyForwardingTest {

    private static final String CHECK = "/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ";

    @Inject
    EntityManager em;

    @BeforeEach
    void forgetEveryCount() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rate_limit_window").executeUpdate());
    }

    @Test
    void productionBelievesTheProxysForwardedForButNotTheStandardForwardedHeader() {
        assertThat(ProductionProxy.productionProxySettings())
                .containsEntry("quarkus.http.proxy.proxy-address-forwarding", "true")
                .containsEntry("quarkus.http.proxy.allow-x-forwarded", "true")
                .containsEntry("quarkus.http.proxy.allow-forwarded", "false")
                .containsKey("quarkus.http.proxy.trusted-proxies");
    }

    @Test
    void eachVisitorBehindTheProxyHasACountOfTheirOwn() {
        for (int i = 0; i < SmallRateLimits.PUBLIC_REQUESTS; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").when().get(CHECK).then().statusCode(404);
        }
        given().header("X-Forwarded-For", "203.0.113.7").when().get(CHECK).then().statusCode(429);

        given().header("X-Forwarded-For", "203.0.113.8").when().get(CHECK).then().statusCode(404);
    }

    @Test
    void aForwardedHeaderTheClientSentCannotEscapeTheCount() {
        for (int i = 0; i < SmallRateLimits.PUBLIC_REQUESTS; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").when().get(CHECK).then().statusCode(404);
        }
        given().header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=198.51.100.1")
                .when().get(CHECK).then().statusCode(429);
    }
}
