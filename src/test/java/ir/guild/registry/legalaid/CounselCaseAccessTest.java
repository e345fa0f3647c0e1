package ir.guild.registry.legalaid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.membership.MemberFixtures;

/**
 * Who uses the counsel's desk: counsel and admins only. Counsel see and act on unassigned cases
 * and their own; another counsel's case does not exist for them; admins assign; nobody handles
 * their own case; everyone else is refused the whole desk, and a refusal changes nothing.
 */
@QuarkusTest
class CounselCaseAccessTest {

    private static final String DESK = "/api/v1/counsel";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CaseRecords records;

    @Inject
    CounselDesk desk;

    LegalAidCase filed;

    @BeforeEach
    void aCaseWaitingInTheQueueAndACounselKnownToTheDesk() {
        fixtures.clear();
        filed = fixtures.filedBy("sara");
        desk.profile(LegalAidFixtures.counsel("counsel-2"));
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    private String caseUrl() {
        return DESK + "/cases/" + filed.id;
    }

    private int version() {
        return fixtures.reload(filed.id).version;
    }

    private ValidatableResponse post(String action, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(caseUrl() + "/" + action).then();
    }

    private ValidatableResponse claim() {
        return post("claim", Map.of("version", version(), "noConflict", true, "warningsAcknowledged", true));
    }

    private ValidatableResponse assign(String counsel) {
        return post("assign", Map.of("counselSubject", counsel, "version", version()));
    }

    private ValidatableResponse move(String status) {
        return post("status", Map.of("status", status, "version", version(), "noConflict", true));
    }

    private ValidatableResponse note() {
        return post("notes", Map.of("body", LegalAidFixtures.NOTE));
    }

    /** Every call of the desk answers {@code status}, and the case, its timeline and the audit log stay as they were. */
    private void everyDeskCallAnswers(int status) {
        LegalAidCase before = fixtures.reload(filed.id);
        long entries = fixtures.entryCount(filed.id);
        long audit = records.auditCount();
        given().when().get(DESK + "/cases").then().statusCode(status);
        claim().statusCode(status);
        assign("counsel-2").statusCode(status);
        move("TRIAGED").statusCode(status);
        note().statusCode(status);
        given().when().get(DESK + "/profile").then().statusCode(status);
        given().contentType(ContentType.JSON).body(Map.of("employer", "Acme")).when().put(DESK + "/profile")
                .then().statusCode(status);
        given().when().get(DESK + "/counsel").then().statusCode(status);
        LegalAidCase after = fixtures.reload(filed.id);
        assertThat(after.status).isEqualTo(before.status);
        assertThat(after.version).isEqualTo(before.version);
        assertThat(after.assignedCounselSubject).isEqualTo(before.assignedCounselSubject);
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(entries);
        assertThat(records.auditCount()).isEqualTo(audit);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberWhoFiledTheCaseHasNoUseOfTheDesk() {
        everyDeskCallAnswers(403);
    }

    @Test
    @TestSecurity(user = "sara", roles = { "member", "counsel" })
    void aCounselNeverHandlesACaseTheyFiledThemselvesNorSeesItInTheQueue() {
        given().when().get(DESK + "/cases").then().statusCode(200).body("total", equalTo(0));
        long entries = fixtures.entryCount(filed.id);
        claim().statusCode(403);
        move("TRIAGED").statusCode(403);
        note().statusCode(403);
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(entries);
    }

    @Test
    @TestSecurity(user = "reza", roles = "member")
    void anotherMemberHasNoUseOfTheDesk() {
        fixtures.member("reza");
        everyDeskCallAnswers(403);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void anyCounselTriagesNotesAndTakesAnUnassignedCaseButNeitherAssignsNorListsCounsel() {
        given().when().get(DESK + "/cases?assigned=unassigned").then().statusCode(200)
                .body("items.id", hasItem(filed.id.intValue()));
        given().when().get(DESK + "/cases?assigned=mine").then().statusCode(200).body("total", equalTo(0));
        long entries = fixtures.entryCount(filed.id);
        assign("counsel-2").statusCode(403);
        given().when().get(DESK + "/counsel").then().statusCode(403);
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(entries);

        move("TRIAGED").statusCode(200).body("status", equalTo("TRIAGED"));
        note().statusCode(201).body("timeline.body", hasItem(LegalAidFixtures.NOTE));
        claim().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignedCounselName", equalTo("counsel-1"))
                .body("conflictDeclaredAt", notNullValue());
        given().when().get(DESK + "/profile").then().statusCode(200)
                .body("subject", equalTo("counsel-1"))
                .body("name", equalTo("counsel-1"));
        given().contentType(ContentType.JSON).body(Map.of("employer", "Acme Software")).when().put(DESK + "/profile")
                .then().statusCode(200).body("employer", equalTo("Acme Software"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void theAssignedCounselWorksOnTheCaseAndFindsItAmongTheirs() {
        fixtures.claim(filed.id, LegalAidFixtures.counsel("counsel-1"));
        given().when().get(DESK + "/cases?assigned=mine").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(filed.id.intValue()))
                .body("items[0].assignedCounselName", equalTo("Counsel counsel-1"));
        move("IN_PROGRESS").statusCode(200).body("status", equalTo("IN_PROGRESS"));
        note().statusCode(201);
        move("AWAITING_MEMBER").statusCode(200).body("status", equalTo("AWAITING_MEMBER"));
        assign("counsel-2").statusCode(403);
        assertThat(fixtures.reload(filed.id).assignedCounselSubject).isEqualTo("counsel-1");
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void anotherCounselIsToldACaseTakenBySomeoneElseDoesNotExist() {
        fixtures.claim(filed.id, LegalAidFixtures.counsel("counsel-2"));
        LegalAidCase before = fixtures.reload(filed.id);
        long entries = fixtures.entryCount(filed.id);
        long audit = records.auditCount();
        given().when().get(DESK + "/cases").then().statusCode(200)
                .body("items.id", not(hasItem(filed.id.intValue())));
        claim().statusCode(404).contentType("application/problem+json");
        move("IN_PROGRESS").statusCode(404);
        note().statusCode(404);
        assign("counsel-1").statusCode(403);
        assertThat(fixtures.reload(filed.id).version).isEqualTo(before.version);
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(entries);
        assertThat(records.auditCount()).isEqualTo(audit);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminSeesEveryCaseAssignsMovesAndNotesButTakesNone() {
        fixtures.claim(fixtures.filedBy("reza").id, LegalAidFixtures.counsel("counsel-3"));
        given().when().get(DESK + "/cases").then().statusCode(200).body("total", equalTo(2));
        given().when().get(DESK + "/counsel").then().statusCode(200)
                .body("items.subject", hasItem("counsel-2"))
                .body("items.subject", hasItem("counsel-3"));
        claim().statusCode(403);
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.SUBMITTED);
        assign("counsel-2").statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignedCounselName", equalTo("Counsel counsel-2"));
        note().statusCode(201).body("timeline.body", hasItem(LegalAidFixtures.NOTE));
        post("status", Map.of("status", "DECLINED", "version", version(), "reason", "Not a labour matter"))
                .statusCode(200).body("status", equalTo("DECLINED"));
        given().when().get(DESK + "/profile").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("employer", "Acme")).when().put(DESK + "/profile")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anAssessorHasNoUseOfTheDesk() {
        everyDeskCallAnswers(403);
    }

    @Test
    @TestSecurity(user = "firm-1", roles = "partner")
    void aPartnerFirmHasNoUseOfTheDesk() {
        everyDeskCallAnswers(403);
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void anApplicantHasNoUseOfTheDesk() {
        everyDeskCallAnswers(403);
    }

    @Test
    void anonymousCallersMustSignIn() {
        everyDeskCallAnswers(401);
    }
}
