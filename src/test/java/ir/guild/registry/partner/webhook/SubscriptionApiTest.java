package ir.guild.registry.partner.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.partner.OnlyActivePartnersCall;
import ir.guild.registry.partner.PartnerFixtures;
import ir.guild.registry.partner.ShareCodeService;
import ir.guild.registry.partner.ShareScope;
import ir.guild.registry.partner.VerificationOutcome;

@QuarkusTest
class SubscriptionApiTest implements OnlyActivePartnersCall {

    static final String SUBSCRIPTIONS = "/api/v1/partner/subscriptions";
    static final String SECRET = "/api/v1/partner/webhook-secret";
    static final String HOOK = "http://127.0.0.1:9/hook";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures members;

    @Inject
    PartnerFixtures partners;

    @Inject
    WebhookFixtures webhooks;

    @BeforeEach
    void clean() {
        data.clear();
        partners.firms();
    }

    static Response subscribe(String number, String code, String url) {
        Map<String, String> body = new HashMap<>();
        body.put("membershipNumber", number);
        body.put("shareCode", code);
        body.put("callbackUrl", url);
        return given().contentType("application/json").body(body).when().post(SUBSCRIPTIONS);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aFirmSubscribesWithAValidCodeAndManagesItsSubscription() {
        Member member = members.approve("subscribed-1");
        ShareCodeService.Issued issued = partners.code(member, ShareScope.MEMBERSHIP_AND_CERTIFICATES, "Acme");
        long auditBefore = members.lastAuditId();

        int id = subscribe(member.membershipNumber, issued.code(), HOOK).then().statusCode(201)
                .body("membershipNumber", equalTo(member.membershipNumber))
                .body("scope", equalTo("MEMBERSHIP_AND_CERTIFICATES"))
                .body("callbackUrl", equalTo(HOOK))
                .body("status", equalTo("ACTIVE"))
                .body("expiresAt", notNullValue())
                .extract().path("id");
        assertThat(partners.log()).extracting(entry -> entry.outcome).containsExactly(VerificationOutcome.VERIFIED);

        given().when().get(SUBSCRIPTIONS).then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(id));
        given().when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().when().get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200).body("total", equalTo(0));

        partners.revoke(member, issued);
        given().when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("status", equalTo("CODE_REVOKED"));

        given().when().delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
        given().when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        given().when().delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        given().when().get(SUBSCRIPTIONS).then().statusCode(200).body("total", equalTo(0));

        assertThat(members.auditAfter(auditBefore)).extracting(entry -> entry.action)
                .contains("partner-subscription.create", "partner-subscription.cancel");
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void anExpiredCodeShowsInTheStatus() {
        Member member = members.approve("subscribed-2");
        ShareCodeService.Issued issued = partners.code(member, ShareScope.MEMBERSHIP, null);
        int id = subscribe(member.membershipNumber, issued.code(), HOOK).then().statusCode(201).extract().path("id");
        partners.expire(issued);
        given().when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("status", equalTo("CODE_EXPIRED"));
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void everyBadNumberOrCodeGetsTheSame404() {
        Member member = members.approve("subscribed-3");
        Member other = members.approve("subscribed-3-other");
        ShareCodeService.Issued expired = partners.code(member, ShareScope.MEMBERSHIP, null);
        partners.expire(expired);
        ShareCodeService.Issued revoked = partners.code(member, ShareScope.MEMBERSHIP, null);
        partners.revoke(member, revoked);
        String othersCode = partners.code(other, ShareScope.MEMBERSHIP, null).code();
        String good = partners.code(member, ShareScope.MEMBERSHIP, null).code();

        List<String> details = List.of(
                subscribe("1399-999999", good, HOOK).then().statusCode(404).extract().path("detail"),
                subscribe(member.membershipNumber, "AAAA-BBBB-CCCC-DDDD", HOOK).then().statusCode(404).extract()
                        .path("detail"),
                subscribe(member.membershipNumber, expired.code(), HOOK).then().statusCode(404).extract().path("detail"),
                subscribe(member.membershipNumber, revoked.code(), HOOK).then().statusCode(404).extract().path("detail"),
                subscribe(member.membershipNumber, othersCode, HOOK).then().statusCode(404).extract().path("detail"));
        assertThat(details).containsOnly(Subscriptions.NO_MATCH);
        assertThat(partners.log()).hasSize(5);
        given().when().get(SUBSCRIPTIONS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void badFieldsAreRefusedByNameBeforeTheCodeIsTried() {
        subscribe(null, null, "ftp://hr.example.com").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("membershipNumber", "shareCode", "callbackUrl"));
        given().contentType("application/json").body("{}").when().post(SUBSCRIPTIONS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("membershipNumber", "shareCode", "callbackUrl"));
        assertThat(partners.log()).isEmpty();
    }

    @Test
    @TestSecurity(user = PartnerFixtures.OTHER_ACCOUNT, roles = "partner")
    void anotherFirmCannotReadOrDeleteTheSubscription() {
        Member member = members.approve("subscribed-4");
        long id = webhooks.subscribe(PartnerFixtures.ACME, member,
                partners.code(member, ShareScope.MEMBERSHIP, null).code(), HOOK);

        given().when().get(SUBSCRIPTIONS).then().statusCode(200).body("total", equalTo(0));
        given().when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(404);
        given().when().delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        assertThat(webhooks.subscribe(PartnerFixtures.ACME, member,
                partners.code(member, ShareScope.MEMBERSHIP, null).code(), HOOK)).isGreaterThan(id);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void theWebhookSecretIsMadeOnceAndRotatedOnRequest() {
        long auditBefore = members.lastAuditId();
        String first = given().when().get(SECRET).then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("secret", hasLength(64)).extract().path("secret");
        given().when().get(SECRET).then().statusCode(200).body("secret", equalTo(first));
        assertThat(webhooks.secret(PartnerFixtures.ACME)).isEqualTo(first);
        assertThat(webhooks.secret(PartnerFixtures.OTHER)).isNotEqualTo(first);

        String rotated = given().contentType("application/json").when().post(SECRET).then().statusCode(200).body("secret", not(equalTo(first)))
                .body("rotatedAt", notNullValue()).extract().path("secret");
        given().when().get(SECRET).then().statusCode(200).body("secret", equalTo(rotated));

        List<AuditEntry> audit = members.auditAfter(auditBefore);
        assertThat(audit).extracting(entry -> entry.action).contains("webhook-secret.create", "webhook-secret.rotate");
        assertThat(audit).allSatisfy(entry -> assertThat(entry.summary).doesNotContain(first).doesNotContain(rotated));
    }

    /** Every endpoint refuses, even for a subscription that exists and a valid code. */
    @Override
    public void refusedWith(int status) {
        Member member = members.approve("subscribed-refused");
        long id = webhooks.subscribe(PartnerFixtures.ACME, member,
                partners.code(member, ShareScope.MEMBERSHIP, null).code(), HOOK);
        String code = partners.code(member, ShareScope.MEMBERSHIP, null).code();
        int logged = partners.log().size();

        subscribe(member.membershipNumber, code, HOOK).then().statusCode(status)
                .contentType("application/problem+json");
        for (String path : List.of(SUBSCRIPTIONS, SUBSCRIPTIONS + "/" + id, SUBSCRIPTIONS + "/" + id + "/deliveries",
                SECRET)) {
            given().when().get(path).then().statusCode(status).contentType("application/problem+json");
        }
        given().when().delete(SUBSCRIPTIONS + "/" + id).then().statusCode(status)
                .contentType("application/problem+json");
        given().contentType("application/json").when().post(SECRET).then().statusCode(status).contentType("application/problem+json");
        assertThat(partners.log()).hasSize(logged);
    }
}
