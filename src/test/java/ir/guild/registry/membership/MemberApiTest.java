package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

@QuarkusTest
class MemberApiTest {

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private Member approved(String subject) {
        Application application = applications.submit(ApplicationApiTest.person(subject),
                Applicants.record(Applicants.nationalId()), Language.FA);
        applications.decide(application.id, new Decision("APPROVE", null, "SENIOR", application.version),
                new CurrentPerson("admin", "demo-admin", "Admin", null, Set.of(Role.ADMIN)), Language.EN);
        return QuarkusTransaction.requiringNew().call(() -> Member.byApplication(application.id).orElseThrow());
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void aMemberSeesTheirMembership() {
        Member member = approved("member-1");
        approved("member-2");
        given().when().get("/api/v1/members/me")
                .then().statusCode(200)
                .body("membershipNumber", equalTo(member.membershipNumber))
                .body("membershipNumber", matchesPattern("\\d{4}-\\d{6}"))
                .body("grade", equalTo("SENIOR"))
                .body("status", equalTo("ACTIVE"))
                .body("memberSince", equalTo(LocalDate.now(GuildClock.ZONE).toString()));
    }

    @Test
    @TestSecurity(user = "member-3", roles = "member")
    void aMembershipPastItsValidityReadsAsExpiredAtOnce() {
        Member member = approved("member-3");
        QuarkusTransaction.requiringNew().run(() -> Member.update("validUntil = ?1 where id = ?2",
                LocalDate.now(GuildClock.ZONE).minusDays(1), member.id));
        given().when().get("/api/v1/members/me").then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    @TestSecurity(user = "not-a-member")
    void someoneWhoIsNotAMemberGets404() {
        approved("member-4");
        given().when().get("/api/v1/members/me").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAre401() {
        given().when().get("/api/v1/members/me").then().statusCode(401);
    }
}
