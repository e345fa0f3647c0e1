package ir.guild.registry.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.Language;

/** A member's own certification requests: submitting, reading, answering a request for information, withdrawing. */
@QuarkusTest
class CertificationRequestApiTest {

    private static final String REQUESTS = "/api/v1/certification-requests";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CertificationRequestService service;

    @BeforeEach
    void catalog() {
        fixtures.clear();
        fixtures.track("BACKEND_JAVA");
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    static Map<String, Object> form(String track, Object level, String evidence, List<String> links) {
        Map<String, Object> form = new HashMap<>();
        form.put("trackCode", track);
        form.put("level", level);
        form.put("evidence", evidence);
        form.put("links", links);
        return form;
    }

    static Map<String, Object> valid() {
        return form("BACKEND_JAVA", 2, CertificationFixtures.EVIDENCE, List.of(CertificationFixtures.LINK));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anActiveMemberRequestsCertificationAndTheirMembershipIsCopiedOntoTheRequest() {
        Member sara = fixtures.member("sara");
        long audit = members.lastAuditId();
        Map<String, Object> form = form("backend_java", "۲", "  Built   the ledger.\r\n\r\n\r\nRan it for يك year. ",
                List.of(CertificationFixtures.LINK, "", "http://example.org/talk"));

        Response response = given().contentType(ContentType.JSON).body(form)
                .when().post(REQUESTS);
        int id = response.then().statusCode(201)
                .header("Location", endsWith(REQUESTS + "/" + response.path("id")))
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(0))
                .body("trackCode", equalTo("BACKEND_JAVA"))
                .body("trackTitle.fa", equalTo("مسیر BACKEND_JAVA"))
                .body("trackTitle.en", equalTo("Track BACKEND_JAVA"))
                .body("level", equalTo(2))
                .body("evidence", equalTo("Built the ledger.\n\nRan it for یک year."))
                .body("links", contains(CertificationFixtures.LINK, "http://example.org/talk"))
                .body("files", empty())
                .body("membershipNumber", equalTo(sara.membershipNumber))
                .body("holderName", equalTo(sara.fullName))
                .extract().path("id");

        CertificationRequest stored = fixtures.reload(id);
        assertThat(stored.memberId).isEqualTo(sara.id);
        assertThat(stored.accountSubject).isEqualTo("sara");
        assertThat(stored.holderNameLatin).isEqualTo(sara.fullNameLatin);
        assertThat(stored.language).isEqualTo(sara.language);
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("certification-request.submit");
            assertThat(entry.entityType).isEqualTo("CertificationRequest");
            assertThat(entry.entityId).isEqualTo(Integer.toString(id));
            assertThat(entry.actor).isEqualTo("sara");
            assertThat(entry.actorRole).isEqualTo("member");
        });
    }

    @Test
    @TestSecurity(user = "paused", roles = "member")
    void aSuspendedMemberIsRefusedWithTheirStatusNamed() {
        members.suspended("paused");
        given().contentType(ContentType.JSON).body(valid())
                .when().post(REQUESTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("SUSPENDED"));
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "lapsed", roles = "member")
    void anExpiredMemberIsRefusedAndToldToRenew() {
        Member lapsed = fixtures.member("lapsed");
        members.validUntil(lapsed.membershipNumber, MemberFixtures.today().minusDays(1));
        given().contentType(ContentType.JSON).body(valid())
                .when().post(REQUESTS)
                .then().statusCode(409)
                .body("detail", containsString("EXPIRED"))
                .body("detail", containsString("renew"));
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "gone", roles = "member")
    void aRevokedMemberIsRefusedWithTheirStatusNamed() {
        members.revoked("gone");
        given().contentType(ContentType.JSON).body(valid())
                .when().post(REQUESTS)
                .then().statusCode(409)
                .body("detail", containsString("REVOKED"));
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "stranger")
    void someoneWhoIsNotAMemberIsForbidden() {
        given().contentType(ContentType.JSON).body(valid())
                .when().post(REQUESTS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("members"));
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void everyBadFieldIsNamedInTheCallersLanguage() {
        fixtures.member("sara");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tooMany.add("https://example.org/" + i);
        }
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(form("NO_SUCH_TRACK", 2, " ", List.of("ftp://example.org/x", "https://" + "a".repeat(300))))
                .when().post(REQUESTS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("trackCode", "evidence", "links[0]", "links[1]"))
                .body("errors.find { it.field == 'trackCode' }.message",
                        equalTo("There is no open certification track with this code."));
        given().header("Accept-Language", "fa").contentType(ContentType.JSON)
                .body(form("BACKEND_JAVA", 4, "x".repeat(4001), tooMany))
                .when().post(REQUESTS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("level", "evidence", "links"))
                .body("errors.find { it.field == 'level' }.message", equalTo("این مسیر چنین سطحی ندارد."));
        given().contentType(ContentType.JSON).body(form(null, null, null, null))
                .when().post(REQUESTS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("trackCode", "level", "evidence"));
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anInactiveTrackTakesNoRequests() {
        fixtures.member("sara");
        fixtures.track("RETIRED", 12, false);
        given().contentType(ContentType.JSON).body(form("RETIRED", 1, "Evidence", null))
                .when().post(REQUESTS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("trackCode"));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aSecondOpenRequestOnTheSameTrackIs409ButAnotherTrackIsFine() {
        fixtures.member("sara");
        fixtures.track("DEVOPS");
        given().contentType(ContentType.JSON).body(valid()).when().post(REQUESTS).then().statusCode(201);
        given().contentType(ContentType.JSON).body(valid())
                .when().post(REQUESTS)
                .then().statusCode(409)
                .body("detail", containsString("open request"));
        given().contentType(ContentType.JSON).body(form("DEVOPS", 1, "Pipelines", null))
                .when().post(REQUESTS).then().statusCode(201);
        assertThat(fixtures.requestCount()).isEqualTo(2);
    }

    /**
     * The second request checks for an open one before the first has committed, so only the
     * partial unique index can stop it: its insert waits for the first transaction and then fails.
     */
    @Test
    void aRequestRacingAnotherOnTheSameTrackIsStoppedByTheIndexWith409() throws Exception {
        Member sara = fixtures.member("racer");
        RequestForm form = new RequestForm("BACKEND_JAVA", "1", "Evidence", List.of());
        CurrentPerson racer = CertificationFixtures.person(sara);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                service.submit(racer, form, Language.EN);
                firstInserted.countDown();
                await(commitFirst);
            }));
            assertThat(firstInserted.await(20, TimeUnit.SECONDS)).isTrue();
            Future<Object> second = pool.submit(() -> {
                try {
                    return service.submit(racer, form, Language.EN);
                } catch (ProblemException e) {
                    return e;
                }
            });
            waitUntil(() -> fixtures.waitingLocks() > 0);
            commitFirst.countDown();
            first.get(20, TimeUnit.SECONDS);
            assertThat(second.get(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                assertThat(e.getMessage()).isEqualTo("You already have an open request on the track BACKEND_JAVA");
            });
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(fixtures.requestCount()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aMemberListsOnlyTheirOwnRequests() {
        Member sara = fixtures.member("sara");
        Member omid = fixtures.member("omid");
        Track devops = fixtures.track("DEVOPS");
        fixtures.request(sara, devops, 1);
        fixtures.request(omid, devops, 3);
        given().when().get(REQUESTS + "/me")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("items[0].trackCode", equalTo("DEVOPS"))
                .body("items[0].holderName", equalTo(sara.fullName));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aMemberReadsTheirRequestButAnotherMembersIs404() {
        Member sara = fixtures.member("sara");
        Member omid = fixtures.member("omid");
        Track track = fixtures.track("BACKEND_JAVA");
        CertificationRequest own = fixtures.request(sara, track, 1);
        CertificationRequest theirs = fixtures.request(omid, track, 1);
        given().when().get(REQUESTS + "/" + own.id).then().statusCode(200).body("id", equalTo(own.id.intValue()));
        given().when().get(REQUESTS + "/" + theirs.id).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(REQUESTS + "/999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aMemberAnswersARequestForInformationAndItGoesBackToTheQueue() {
        Member sara = fixtures.member("sara");
        CertificationRequest request = fixtures.needingInfo(sara, fixtures.track("BACKEND_JAVA"), 3);
        long audit = members.lastAuditId();
        Map<String, Object> update = form(null, "2", "Now with the repository.", List.of("https://git.example.org/l"));
        update.put("version", request.version);

        given().contentType(ContentType.JSON).body(update)
                .when().put(REQUESTS + "/" + request.id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("level", equalTo(2))
                .body("evidence", equalTo("Now with the repository."))
                .body("links", contains("https://git.example.org/l"))
                .body("version", equalTo(request.version + 1));
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("certification-request.resubmit");
            assertThat(entry.summary).isEqualTo("status: NEEDS_INFO -> SUBMITTED; level 3 -> 2");
        });
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aResubmissionOfARequestNotWaitingForInformationIs409AndChangesNothing() {
        Member sara = fixtures.member("sara");
        CertificationRequest request = fixtures.request(sara, fixtures.track("BACKEND_JAVA"), 1);
        long audit = members.lastAuditId();
        Map<String, Object> update = form(null, null, "Other evidence", null);
        update.put("version", request.version);
        given().contentType(ContentType.JSON).body(update)
                .when().put(REQUESTS + "/" + request.id)
                .then().statusCode(409).body("detail", containsString("SUBMITTED"));
        assertThat(fixtures.reload(request.id).evidence).isEqualTo(CertificationFixtures.EVIDENCE);
        assertThat(members.lastAuditId()).isEqualTo(audit);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aResubmissionWithAStaleVersionIs409AndOneWithoutAVersionIs400() {
        Member sara = fixtures.member("sara");
        CertificationRequest request = fixtures.needingInfo(sara, fixtures.track("BACKEND_JAVA"), 1);
        Map<String, Object> update = form(null, null, "Other evidence", null);
        update.put("version", request.version - 1);
        given().contentType(ContentType.JSON).body(update)
                .when().put(REQUESTS + "/" + request.id)
                .then().statusCode(409).body("detail", containsString("changed since you saw it"));
        update.remove("version");
        given().contentType(ContentType.JSON).body(update)
                .when().put(REQUESTS + "/" + request.id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        update.put("version", request.version);
        update.put("trackCode", "DEVOPS");
        update.put("evidence", "");
        given().contentType(ContentType.JSON).body(update)
                .when().put(REQUESTS + "/" + request.id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("trackCode", "evidence"));
        CertificationRequest after = fixtures.reload(request.id);
        assertThat(after.status).isEqualTo(RequestStatus.NEEDS_INFO);
        assertThat(after.version).isEqualTo(request.version);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aMemberWithdrawsAnOpenRequestOnceAndOnlyOnce() {
        Member sara = fixtures.member("sara");
        CertificationRequest request = fixtures.request(sara, fixtures.track("BACKEND_JAVA"), 1);
        long audit = members.lastAuditId();
        given().contentType(ContentType.JSON).body(Map.of("version", request.version))
                .when().post(REQUESTS + "/" + request.id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(members.auditAfter(audit)).singleElement()
                .satisfies(entry -> assertThat(entry.summary).isEqualTo("status: SUBMITTED -> WITHDRAWN"));
        long afterFirst = members.lastAuditId();
        given().contentType(ContentType.JSON).body("{}")
                .when().post(REQUESTS + "/" + request.id + "/withdraw")
                .then().statusCode(409).body("detail", containsString("WITHDRAWN"));
        assertThat(members.lastAuditId()).isEqualTo(afterFirst);
        // Withdrawn, the track is free for a new request.
        given().contentType(ContentType.JSON).body(valid()).when().post(REQUESTS).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aWithdrawalWithAStaleVersionIs409() {
        Member sara = fixtures.member("sara");
        CertificationRequest request = fixtures.needingInfo(sara, fixtures.track("BACKEND_JAVA"), 1);
        given().contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post(REQUESTS + "/" + request.id + "/withdraw")
                .then().statusCode(409);
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.NEEDS_INFO);
    }

    @Test
    @TestSecurity(user = "omid", roles = "member")
    void anotherMemberCannotWithdrawOrResubmitARequest() {
        Member sara = fixtures.member("sara");
        fixtures.member("omid");
        CertificationRequest request = fixtures.needingInfo(sara, fixtures.track("BACKEND_JAVA"), 1);
        given().contentType(ContentType.JSON).body("{}")
                .when().post(REQUESTS + "/" + request.id + "/withdraw").then().statusCode(404);
        Map<String, Object> update = form(null, null, "Mine now", null);
        update.put("version", request.version);
        given().contentType(ContentType.JSON).body(update)
                .when().put(REQUESTS + "/" + request.id).then().statusCode(404);
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.NEEDS_INFO);
    }

    @Test
    @TestSecurity(user = "stranger")
    void someoneWithNoRequestsGetsAnEmptyList() {
        given().when().get(REQUESTS + "/me").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aGrantedRequestNamesItsCertificate() {
        Member sara = fixtures.member("sara");
        Certificate certificate = fixtures.granted(sara, fixtures.track("BACKEND_JAVA"), 2);
        given().when().get(REQUESTS + "/" + certificate.requestId)
                .then().statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("grantedLevel", equalTo(2))
                .body("certificateId", equalTo(certificate.id.intValue()))
                .body("decisionReason", nullValue());
    }
}
