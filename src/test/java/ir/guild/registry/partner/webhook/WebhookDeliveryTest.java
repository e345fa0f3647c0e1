package ir.guild.registry.partner.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificateService;
import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.ExpiryReminders;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.outbox.OutboxRelay;
import ir.guild.registry.partner.PartnerFixtures;
import ir.guild.registry.partner.ShareCodeService;
import ir.guild.registry.partner.ShareScope;
import ir.guild.registry.web.Language;

@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    MemberFixtures members;

    @Inject
    MemberService memberService;

    @Inject
    PartnerFixtures partners;

    @Inject
    WebhookFixtures webhooks;

    @Inject
    OutboxRelay relay;

    @Inject
    ExpiryReminders reminders;

    @Inject
    IssuedCertificates certificates;

    @Inject
    CertificateService certificateService;

    @Inject
    CertificationFixtures certification;

    @Inject
    ObjectMapper json;

    WebhookReceiver receiver;

    @BeforeEach
    void clean() throws Exception {
        certificates.clear();
        partners.firms();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private void suspend(Member member) {
        memberService.suspend(member.membershipNumber, "Unpaid dues", null, MemberFixtures.ADMIN, Language.EN);
    }

    @Test
    void aSuspensionMakesOneSignedCallThatVerifiesWithTheFirmsSecret() throws Exception {
        Member member = members.approve("hooked-1");
        String code = partners.code(member, ShareScope.MEMBERSHIP, "Acme").code();
        long subscription = webhooks.subscribe(PartnerFixtures.ACME, member, code, receiver.url());

        suspend(member);
        assertThat(webhooks.queued()).isEqualTo(1);
        relay.deliverDue();

        assertThat(receiver.calls()).hasSize(1);
        WebhookReceiver.Call call = receiver.calls().get(0);
        long timestamp = Long.parseLong(call.header(WebhookCalls.TIMESTAMP_HEADER));
        assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond());
        String secret = webhooks.secret(PartnerFixtures.ACME);
        assertThat(WebhookSignature.verifies(secret, timestamp, call.body(), call.header(WebhookCalls.SIGNATURE_HEADER)))
                .isTrue();
        assertThat(WebhookSignature.verifies(secret, timestamp + 1, call.body(),
                call.header(WebhookCalls.SIGNATURE_HEADER))).isFalse();
        assertThat(call.header("Content-Type")).startsWith("application/json");

        Map<String, Object> body = json.readValue(call.body(), new TypeReference<>() {
        });
        assertThat(body).containsEntry("type", "MEMBERSHIP_SUSPENDED")
                .containsEntry("membershipNumber", member.membershipNumber)
                .containsEntry("status", "SUSPENDED")
                .containsEntry("subscriptionId", (int) subscription)
                .containsEntry("eventId", call.header(WebhookCalls.ID_HEADER))
                .containsKey("occurredAt")
                .doesNotContainKey("certificateCode");
        assertThat(Instant.parse((String) body.get("occurredAt"))).isBefore(Instant.now().plusSeconds(1));

        assertThat(webhooks.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.attempt).isEqualTo(1);
            assertThat(delivery.httpStatus).isEqualTo(204);
            assertThat(delivery.eventId.toString()).isEqualTo(call.header(WebhookCalls.ID_HEADER));
            assertThat(delivery.subscriptionId).isEqualTo(subscription);
        });
        relay.deliverDue();
        assertThat(receiver.calls()).hasSize(1);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aReceiverThatFailsTwiceGetsTheThirdTryAndEveryAttemptIsRecorded() {
        receiver.answering(500, 503);
        Member member = members.approve("hooked-2");
        String code = partners.code(member, ShareScope.MEMBERSHIP, null).code();
        long subscription = webhooks.subscribe(PartnerFixtures.ACME, member, code, receiver.url());

        suspend(member);
        relay.deliverDue();
        assertThat(receiver.calls()).hasSize(1);
        assertThat(webhooks.outboxStatus()).isEqualTo("PENDING");
        relay.deliverDue();
        assertThat(receiver.calls()).as("the retry waits for its backoff").hasSize(1);

        webhooks.makeRetriesDue();
        relay.deliverDue();
        assertThat(receiver.calls()).hasSize(2);
        assertThat(webhooks.outboxStatus()).isEqualTo("PENDING");

        webhooks.makeRetriesDue();
        relay.deliverDue();
        assertThat(receiver.calls()).hasSize(3);
        assertThat(webhooks.outboxStatus()).isEqualTo("DELIVERED");
        assertThat(receiver.calls()).extracting(call -> call.header(WebhookCalls.ID_HEADER)).as("one event, three tries")
                .containsOnly(receiver.calls().get(0).header(WebhookCalls.ID_HEADER));

        given().when().get("/api/v1/partner/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.attempt", contains(3, 2, 1))
                .body("items.httpStatus", contains(204, 503, 500))
                .body("items.succeeded", contains(true, false, false))
                .body("items.eventType", contains("MEMBERSHIP_SUSPENDED", "MEMBERSHIP_SUSPENDED",
                        "MEMBERSHIP_SUSPENDED"));
    }

    @Test
    void aReceiverThatCannotBeReachedIsRecordedWithTheError() {
        Member member = members.approve("hooked-3");
        String code = partners.code(member, ShareScope.MEMBERSHIP, null).code();
        String unreachable = receiver.url();
        receiver.close();
        webhooks.subscribe(PartnerFixtures.ACME, member, code, unreachable);

        suspend(member);
        relay.deliverDue();
        assertThat(webhooks.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.httpStatus).isNull();
            assertThat(delivery.error).isNotBlank();
        });
        assertThat(webhooks.outboxStatus()).isEqualTo("PENDING");
    }

    @Test
    void aRevokedOrExpiredShareCodeStopsTheCalls() {
        Member member = members.approve("hooked-4");
        ShareCodeService.Issued revoked = partners.code(member, ShareScope.MEMBERSHIP, null);
        ShareCodeService.Issued expired = partners.code(member, ShareScope.MEMBERSHIP, null);
        webhooks.subscribe(PartnerFixtures.ACME, member, revoked.code(), receiver.url());
        webhooks.subscribe(PartnerFixtures.OTHER, member, expired.code(), receiver.url());
        partners.revoke(member, revoked);
        partners.expire(expired);

        suspend(member);
        assertThat(webhooks.queued()).isZero();
        relay.deliverDue();
        assertThat(receiver.calls()).isEmpty();
    }

    @Test
    void aCodeRevokedAfterTheChangeButBeforeTheCallStopsThatCall() {
        Member member = members.approve("hooked-5");
        ShareCodeService.Issued issued = partners.code(member, ShareScope.MEMBERSHIP, null);
        webhooks.subscribe(PartnerFixtures.ACME, member, issued.code(), receiver.url());

        suspend(member);
        partners.revoke(member, issued);
        relay.deliverDue();
        assertThat(receiver.calls()).isEmpty();
        assertThat(webhooks.deliveries()).isEmpty();
    }

    @Test
    void expiryReinstatementAndRenewalAreEachCalled() throws Exception {
        Member member = members.approve("hooked-6");
        String code = partners.code(member, ShareScope.MEMBERSHIP, null).code();
        webhooks.subscribe(PartnerFixtures.ACME, member, code, receiver.url());

        suspend(member);
        memberService.reinstate(member.membershipNumber, null, MemberFixtures.ADMIN);
        members.validUntil(member.membershipNumber, MemberFixtures.today().minusDays(1));
        reminders.send(MemberFixtures.today());
        memberService.renew(member.membershipNumber, null, MemberFixtures.ADMIN);
        relay.deliverDue();

        assertThat(receiver.calls()).extracting(call -> field(call, "type") + " " + field(call, "status"))
                .containsExactlyInAnyOrder("MEMBERSHIP_SUSPENDED SUSPENDED", "MEMBERSHIP_REINSTATED ACTIVE",
                        "MEMBERSHIP_EXPIRED EXPIRED", "MEMBERSHIP_RENEWED ACTIVE");
    }

    @Test
    void certificateChangesReachOnlyTheSubscriptionsThatShareCertificates() throws Exception {
        Member member = members.approve("hooked-7");
        Certificate certificate = certificates.valid(member);
        webhooks.subscribe(PartnerFixtures.ACME, member,
                partners.code(member, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code(), receiver.url());
        webhooks.subscribe(PartnerFixtures.OTHER, member, partners.code(member, ShareScope.MEMBERSHIP, null).code(),
                receiver.url());

        certificateService.revoke(certificate.id, "Copied evidence", certificate.version, MemberFixtures.ADMIN,
                Language.EN);
        relay.deliverDue();

        assertThat(receiver.calls()).singleElement().satisfies(call -> {
            assertThat(field(call, "type")).isEqualTo("CERTIFICATE_REVOKED");
            assertThat(field(call, "status")).isEqualTo("REVOKED");
            assertThat(field(call, "certificateCode")).isEqualTo(certificate.displayCode());
            assertThat(WebhookSignature.verifies(webhooks.secret(PartnerFixtures.ACME),
                    Long.parseLong(call.header(WebhookCalls.TIMESTAMP_HEADER)), call.body(),
                    call.header(WebhookCalls.SIGNATURE_HEADER))).isTrue();
        });
    }

    @Test
    void anAssessorsGrantReachesTheFirmAsAnIssuedCertificate() {
        Member member = members.approve("hooked-8");
        webhooks.subscribe(PartnerFixtures.ACME, member,
                partners.code(member, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code(), receiver.url());

        Certificate certificate = certification.granted(member, certification.track("WEBHOOK_TRACK"), 1);
        relay.deliverDue();

        assertThat(receiver.calls()).singleElement().satisfies(call -> {
            assertThat(field(call, "type")).isEqualTo("CERTIFICATE_ISSUED");
            assertThat(field(call, "status")).isEqualTo("VALID");
            assertThat(field(call, "certificateCode")).isEqualTo(certificate.displayCode());
        });
    }

    private String field(WebhookReceiver.Call call, String name) {
        try {
            Object value = json.readTree(call.body()).get(name);
            return value == null ? null : json.readTree(call.body()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
