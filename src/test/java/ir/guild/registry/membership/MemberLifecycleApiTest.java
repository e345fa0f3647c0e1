package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.Role;
import ir.guild.registry.identity.RoleChange;
import ir.guild.registry.mail.OutgoingMail;

/** Suspending, reinstating, revoking and renewing memberships through the admin API. */
@QuarkusTest
class MemberLifecycleApiTest {

    private static final String MEMBERS = "/api/v1/admin/members/";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures fixtures;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private static Map<String, Object> status(String status, String reason, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }

    /** What a refused request must leave as it was. */
    private record Snapshot(Member member, long outbox, long audit) {
    }

    private Snapshot snapshot(String number) {
        return new Snapshot(fixtures.reload(number), fixtures.lastOutboxId(), fixtures.lastAuditId());
    }

    private void assertNothingChanged(Snapshot before) {
        Member now = fixtures.reload(before.member().membershipNumber);
        assertThat(now.status).isEqualTo(before.member().status);
        assertThat(now.statusReason).isEqualTo(before.member().statusReason);
        assertThat(now.validUntil).isEqualTo(before.member().validUntil);
        assertThat(now.version).isEqualTo(before.member().version);
        assertThat(fixtures.lastOutboxId()).isEqualTo(before.outbox());
        assertThat(fixtures.lastAuditId()).isEqualTo(before.audit());
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void suspendingAnActiveMemberTakesTheirRoleAndTellsThemWhy() {
        Member member = fixtures.approve("sara");
        long outbox = fixtures.lastOutboxId();
        long audit = fixtures.lastAuditId();

        given().contentType(ContentType.JSON).body(status("SUSPENDED", "Unpaid dues for two years", member.version))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Unpaid dues for two years"))
                .body("version", equalTo(member.version + 1));

        Member now = fixtures.reload(member.membershipNumber);
        assertThat(now.status).isEqualTo(Member.StoredStatus.SUSPENDED);
        assertThat(now.validUntil).isEqualTo(member.validUntil);
        assertThat(fixtures.roleChangesAfter(outbox))
                .containsExactly(RoleChange.revoke("sara", Role.MEMBER));
        List<OutgoingMail> mails = fixtures.mailsAfter(outbox);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).to()).isEqualTo(member.email);
        assertThat(mails.get(0).subject()).isEqualTo("عضویت شما تعلیق شد");
        assertThat(mails.get(0).text()).contains("Unpaid dues for two years").contains(member.membershipNumber);
        List<AuditEntry> entries = fixtures.auditAfter(audit);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("member.suspend");
            assertThat(entry.entityType).isEqualTo("Member");
            assertThat(entry.entityId).isEqualTo(member.membershipNumber);
            assertThat(entry.actor).isEqualTo("demo-admin");
            assertThat(entry.actorRole).isEqualTo("admin");
            assertThat(entry.summary).isEqualTo("status: ACTIVE -> SUSPENDED");
        });
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anExpiredMembershipCanBeSuspendedToo() {
        Member member = fixtures.validUntil(fixtures.approve("late").membershipNumber,
                MemberFixtures.today().minusDays(3));
        long audit = fixtures.lastAuditId();
        given().contentType(ContentType.JSON).body(status("SUSPENDED", "Left the profession", null))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        assertThat(fixtures.auditAfter(audit)).singleElement()
                .satisfies(entry -> assertThat(entry.summary).isEqualTo("status: EXPIRED -> SUSPENDED"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void reinstatingASuspendedMemberGivesTheRoleBackAndTellsThem() {
        Member member = fixtures.suspended("ali");
        long outbox = fixtures.lastOutboxId();
        long audit = fixtures.lastAuditId();

        given().contentType(ContentType.JSON).body(status("ACTIVE", null, member.version))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue())
                .body("version", equalTo(member.version + 1));

        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.ACTIVE);
        assertThat(fixtures.roleChangesAfter(outbox))
                .containsExactly(RoleChange.grant("ali", Role.MEMBER));
        assertThat(fixtures.mailsAfter(outbox)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("تعلیق عضویت شما برداشته شد"));
        assertThat(fixtures.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("member.reinstate");
            assertThat(entry.summary).isEqualTo("status: SUSPENDED -> ACTIVE");
        });
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void reinstatingAMembershipWhoseValidityPassedGrantsNoRole() {
        Member member = fixtures.suspended("lapsed");
        fixtures.validUntil(member.membershipNumber, MemberFixtures.today().minusDays(1));
        long outbox = fixtures.lastOutboxId();

        given().contentType(ContentType.JSON).body(status("ACTIVE", null, null))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(200).body("status", equalTo("EXPIRED"));

        assertThat(fixtures.roleChangesAfter(outbox)).isEmpty();
        assertThat(fixtures.mailsAfter(outbox)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("تمدید"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void revokingIsFinalTakesTheRoleAndTellsTheMember() {
        Member member = fixtures.suspended("gone");
        long outbox = fixtures.lastOutboxId();
        long audit = fixtures.lastAuditId();

        given().contentType(ContentType.JSON).body(status("REVOKED", "Forged certificates", member.version))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("Forged certificates"));

        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.REVOKED);
        assertThat(fixtures.roleChangesAfter(outbox))
                .containsExactly(RoleChange.revoke("gone", Role.MEMBER));
        assertThat(fixtures.mailsAfter(outbox)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("عضویت شما لغو شد");
            assertThat(mail.text()).contains("Forged certificates");
        });
        assertThat(fixtures.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("member.revoke");
            assertThat(entry.summary).isEqualTo("status: SUSPENDED -> REVOKED");
        });
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void renewingAnActiveMembershipAddsAYearToItsEnd() {
        Member member = fixtures.approve("early");
        long outbox = fixtures.lastOutboxId();
        long audit = fixtures.lastAuditId();

        given().contentType(ContentType.JSON).body(Map.of("version", member.version))
                .when().post(MEMBERS + member.membershipNumber + "/renewals")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("validUntil", equalTo(member.validUntil.plusYears(1).toString()))
                .body("version", equalTo(member.version + 1));

        assertThat(fixtures.reload(member.membershipNumber).validUntil).isEqualTo(member.validUntil.plusYears(1));
        assertThat(fixtures.roleChangesAfter(outbox))
                .containsExactly(RoleChange.grant("early", Role.MEMBER));
        assertThat(fixtures.mailsAfter(outbox)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("عضویت شما تمدید شد"));
        assertThat(fixtures.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("member.renew");
            assertThat(entry.summary).isEqualTo("validUntil: " + member.validUntil + " -> "
                    + member.validUntil.plusYears(1) + "; status: ACTIVE -> ACTIVE");
        });
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void renewingAnExpiredMembershipMakesItActiveForAYearFromToday() {
        LocalDate today = MemberFixtures.today();
        Member member = fixtures.validUntil(fixtures.approve("expired").membershipNumber, today.minusMonths(2));
        long outbox = fixtures.lastOutboxId();
        long audit = fixtures.lastAuditId();

        // No body at all: the version is optional.
        given().contentType(ContentType.JSON).when().post(MEMBERS + member.membershipNumber + "/renewals")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("validUntil", equalTo(today.plusYears(1).toString()));

        Member now = fixtures.reload(member.membershipNumber);
        assertThat(now.statusOn(today)).isEqualTo(MemberStatus.ACTIVE);
        assertThat(now.validUntil).isEqualTo(today.plusYears(1));
        assertThat(fixtures.roleChangesAfter(outbox))
                .containsExactly(RoleChange.grant("expired", Role.MEMBER));
        assertThat(fixtures.auditAfter(audit)).singleElement().satisfies(entry -> assertThat(entry.summary)
                .isEqualTo("validUntil: " + member.validUntil + " -> " + today.plusYears(1)
                        + "; status: EXPIRED -> ACTIVE"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRenewalNeedsNoBodyNorContentType() throws Exception {
        Member member = fixtures.approve("bare");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + RestAssured.port + MEMBERS + member.membershipNumber + "/renewals"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fixtures.reload(member.membershipNumber).validUntil).isEqualTo(member.validUntil.plusYears(1));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void renewingASuspendedMembershipExtendsItButKeepsTheSuspension() {
        Member member = fixtures.suspended("paused");
        long outbox = fixtures.lastOutboxId();

        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(MEMBERS + member.membershipNumber + "/renewals")
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("validUntil", equalTo(member.validUntil.plusYears(1).toString()));

        assertThat(fixtures.roleChangesAfter(outbox)).isEmpty();
        assertThat(fixtures.mailsAfter(outbox)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void reinstatingAnActiveMemberIs409AndChangesNothing() {
        Member member = fixtures.approve("active");
        Snapshot before = snapshot(member.membershipNumber);
        given().contentType(ContentType.JSON).body(status("ACTIVE", null, member.version))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void suspendingASuspendedMemberIs409AndChangesNothing() {
        Member member = fixtures.suspended("twice");
        Snapshot before = snapshot(member.membershipNumber);
        given().contentType(ContentType.JSON).body(status("SUSPENDED", "Again", null))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(409).contentType("application/problem+json");
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void nothingCanBeDoneToARevokedMembership() {
        Member member = fixtures.revoked("final");
        Snapshot before = snapshot(member.membershipNumber);
        for (Map<String, Object> change : List.of(status("ACTIVE", null, member.version),
                status("SUSPENDED", "More", member.version), status("REVOKED", "Again", member.version))) {
            given().contentType(ContentType.JSON).body(change)
                    .when().post(MEMBERS + member.membershipNumber + "/status")
                    .then().statusCode(409).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("version", member.version))
                .when().post(MEMBERS + member.membershipNumber + "/renewals")
                .then().statusCode(409).contentType("application/problem+json");
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void suspendingOrRevokingWithoutAReasonIs400NamingReason() {
        Member member = fixtures.approve("no-reason");
        Snapshot before = snapshot(member.membershipNumber);
        for (String target : List.of("SUSPENDED", "REVOKED")) {
            given().contentType(ContentType.JSON).body(status(target, "   ", member.version))
                    .when().post(MEMBERS + member.membershipNumber + "/status")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("reason"))
                    .body("errors[0].message", equalTo("This field is required."));
        }
        given().contentType(ContentType.JSON).header("Accept-Language", "fa")
                .body(status("SUSPENDED", null, member.version))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(400).body("errors[0].message", equalTo("این مورد الزامی است."));
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aStatusAdminsCannotSetIs400NamingStatus() {
        Member member = fixtures.approve("odd");
        Snapshot before = snapshot(member.membershipNumber);
        for (String target : List.of("EXPIRED", "DELETED", "")) {
            given().contentType(ContentType.JSON).body(status(target, "because", member.version))
                    .when().post(MEMBERS + member.membershipNumber + "/status")
                    .then().statusCode(400).body("errors.field", hasItem("status"));
        }
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aStaleVersionIs409AndChangesNothing() {
        Member member = fixtures.approve("raced");
        int seen = member.version;
        given().contentType(ContentType.JSON).body(status("SUSPENDED", "First admin", seen))
                .when().post(MEMBERS + member.membershipNumber + "/status").then().statusCode(200);
        Snapshot before = snapshot(member.membershipNumber);

        given().contentType(ContentType.JSON).body(status("REVOKED", "Second admin, late", seen))
                .when().post(MEMBERS + member.membershipNumber + "/status")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("version", seen))
                .when().post(MEMBERS + member.membershipNumber + "/renewals")
                .then().statusCode(409);
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void membersWhoAppliedInEnglishAreWrittenToInEnglish() {
        Member member = fixtures.approve("english", Applicants.record(Applicants.nationalId()), "MEMBER",
                ir.guild.registry.web.Language.EN);
        long outbox = fixtures.lastOutboxId();
        given().contentType(ContentType.JSON).when().post(MEMBERS + member.membershipNumber + "/renewals")
                .then().statusCode(200);
        LocalDate until = member.validUntil.plusYears(1);
        String english = until.getDayOfMonth() + " "
                + until.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + until.getYear();
        assertThat(fixtures.mailsAfter(outbox)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your membership is renewed");
            assertThat(mail.text()).contains("valid until " + english);
        });
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void twoAdminsSuspendingAtOnceSuspendOnce() throws Exception {
        Member member = fixtures.approve("contested");
        long audit = fixtures.lastAuditId();
        Callable<Integer> suspend = () -> given().contentType(ContentType.JSON)
                .body(status("SUSPENDED", "Unpaid dues", null))
                .when().post(MEMBERS + member.membershipNumber + "/status").then().extract().statusCode();
        assertThat(concurrently(suspend, suspend)).containsExactlyInAnyOrder(200, 409);
        assertThat(fixtures.auditAfter(audit)).hasSize(1);
        assertThat(fixtures.reload(member.membershipNumber).version).isEqualTo(member.version + 1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void twoRenewalsAtOnceBothCountBecauseTheRowIsLocked() throws Exception {
        Member member = fixtures.approve("twice-renewed");
        Callable<Integer> renew = () -> given().contentType(ContentType.JSON)
                .when().post(MEMBERS + member.membershipNumber + "/renewals").then().extract().statusCode();
        assertThat(concurrently(renew, renew)).containsExactly(200, 200);
        assertThat(fixtures.reload(member.membershipNumber).validUntil).isEqualTo(member.validUntil.plusYears(2));
    }

    private static List<Integer> concurrently(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(List.of(first, second))) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryStatusOfTheEndpoints() {
        io.restassured.path.json.JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        String base = "paths.'/api/v1/admin/members/{number}";
        assertThat(openapi.getMap(base + "/status'.post.responses").keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409");
        assertThat(openapi.getMap(base + "/renewals'.post.responses").keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409");
        assertThat(openapi.getMap(base + "'.get.responses").keySet())
                .containsExactlyInAnyOrder("200", "401", "403", "404");
        assertThat(openapi.getMap("paths.'/api/v1/admin/members'.get.responses").keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403");
        assertThat(openapi.getList("paths.'/api/v1/admin/members'.get.tags", String.class))
                .containsExactly("Admin: members");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnknownMembershipNumberIs404() {
        fixtures.approve("someone");
        given().when().get(MEMBERS + "1399-999999").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(status("SUSPENDED", "x", null))
                .when().post(MEMBERS + "1399-999999/status").then().statusCode(404);
        given().contentType(ContentType.JSON).when().post(MEMBERS + "1399-999999/renewals").then().statusCode(404);
        given().when().get(MEMBERS + "not-a-number").then().statusCode(404);
    }
}
