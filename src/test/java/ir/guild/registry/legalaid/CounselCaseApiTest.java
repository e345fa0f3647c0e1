package ir.guild.registry.legalaid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.Language;

/**
 * The counsel's desk through the API: the queue and its filters, taking a case with a declaration
 * of no conflict and its warnings, assignment, status moves that the state machine refuses with
 * 409 and nothing changed, internal notes, and the audit trail of each.
 */
@QuarkusTest
class CounselCaseApiTest {

    private static final String DESK = "/api/v1/counsel";
    private static final String CASES = "/api/v1/legal-aid/cases";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CaseRecords records;

    @Inject
    LegalAidService cases;

    @Inject
    CounselDesk desk;

    LegalAidCase filed;

    @BeforeEach
    void aCaseWaitingInTheQueue() {
        fixtures.clear();
        filed = fixtures.filedBy("sara");
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    private int version() {
        return fixtures.reload(filed.id).version;
    }

    private ValidatableResponse post(String action, Map<String, ?> body) {
        return given().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post(DESK + "/cases/" + filed.id + "/" + action).then();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** What a refused call must leave as it was: the case's status and version, its timeline, the audit log. */
    private record Snapshot(CaseStatus status, int version, long entries, long audit) {
    }

    private Snapshot snapshot() {
        LegalAidCase now = fixtures.reload(filed.id);
        return new Snapshot(now.status, now.version, fixtures.entryCount(filed.id), records.auditCount());
    }

    private LegalAidCase fileCase(String subject, String category, String urgency) {
        Member member = fixtures.member(subject);
        return cases.file(LegalAidFixtures.person(member), new CaseForm(category, "Subject of " + subject,
                "What happened.", "Other Party", "PERSON", null, urgency, "EMAIL"), Language.EN);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void theQueueShowsEachCaseWithItsDeadlineAndSlaStateAndFiltersByScopeStatusCategoryAndUrgency() {
        LegalAidCase contract = fileCase("reza", "CONTRACT_DISPUTE", "LOW");
        LegalAidCase mine = fixtures.claim(fileCase("nima", "OTHER", "URGENT").id, LegalAidFixtures.counsel("counsel-1"));
        fixtures.claim(fileCase("mina", "OTHER", "NORMAL").id, LegalAidFixtures.counsel("counsel-2"));

        given().when().get(DESK + "/cases")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(filed.id.intValue(), contract.id.intValue(), mine.id.intValue()))
                .body("items[0].caseNumber", equalTo(filed.caseNumber))
                .body("items[0].counterpartyName", equalTo("Fanavaran Co."))
                .body("items[0].memberName", notNullValue())
                .body("items[0].assignedCounselName", nullValue())
                .body("items[0].firstResponseDue", equalTo(filed.firstResponseDue.toString()))
                .body("items[0].slaState", oneOf("ON_TIME", "DUE_SOON"))
                .body("items[0].version", equalTo(filed.version));
        given().when().get(DESK + "/cases?assigned=unassigned").then().statusCode(200)
                .body("items.id", contains(filed.id.intValue(), contract.id.intValue()));
        given().when().get(DESK + "/cases?assigned=MINE").then().statusCode(200)
                .body("items.id", contains(mine.id.intValue()))
                .body("items[0].status", equalTo("ASSIGNED"));
        given().when().get(DESK + "/cases?category=contract_dispute").then().statusCode(200)
                .body("items.id", contains(contract.id.intValue()));
        given().when().get(DESK + "/cases?urgency=HIGH").then().statusCode(200)
                .body("items.id", contains(filed.id.intValue()));
        given().when().get(DESK + "/cases?status=ASSIGNED&assigned=all").then().statusCode(200)
                .body("items.id", contains(mine.id.intValue()));
        given().when().get(DESK + "/cases?size=2&page=1").then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.id", contains(mine.id.intValue()));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void anUnknownFilterValueIsRefusedNamingEachParameter() {
        given().header("Accept-Language", "en")
                .when().get(DESK + "/cases?assigned=nobody&status=OPENISH&category=DIVORCE&urgency=SOMEDAY")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("assigned", "status", "category", "urgency"))
                .body("errors.find { it.field == 'assigned' }.message",
                        equalTo("This is not one of the listed choices."));
        given().when().get(DESK + "/cases?urgency=SOMEDAY").then().statusCode(400)
                .body("errors.field", contains("urgency"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void takingACaseNeedsTheDeclarationOfNoConflictAndAFreshVersion() {
        Snapshot before = snapshot();
        post("claim", body("version", filed.version, "noConflict", false))
                .statusCode(400)
                .body("errors.field", contains("noConflict"))
                .body("errors[0].message", containsString("conflict of interest"));
        post("claim", body("version", filed.version))
                .statusCode(400).body("errors.field", contains("noConflict"));
        post("claim", body("noConflict", true))
                .statusCode(400).body("errors.field", contains("version"));
        post("claim", body("version", filed.version + 1, "noConflict", true))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed since you saw it"));
        assertThat(snapshot()).isEqualTo(before);

        long audit = members.lastAuditId();
        post("claim", body("version", filed.version, "noConflict", true))
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("conflictDeclaredAt", notNullValue())
                .body("conflictWarnings", hasSize(0))
                .body("timeline.toStatus", contains("SUBMITTED", "TRIAGED", "ASSIGNED"));
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.claim");
            assertThat(entry.actor).isEqualTo("counsel-1");
            assertThat(entry.actorRole).isEqualTo("counsel");
            assertThat(entry.summary).contains("no conflict declared");
        });
        post("claim", body("version", version(), "noConflict", true))
                .statusCode(409).body("detail", containsString("already assigned"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void aCaseAnotherCounselTriagedIsTakenStraightToAssigned() {
        filed = fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.TRIAGED, null);
        post("claim", body("version", filed.version, "noConflict", true))
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("timeline.toStatus", contains("SUBMITTED", "TRIAGED", "ASSIGNED"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void aCounterpartyMatchingAPartnerFirmMustBeAcknowledgedBeforeTheCaseIsTaken() {
        records.partnerFirm("Fanavaran Company Ltd", "10101010101");
        given().when().get(CASES + "/" + filed.id).then().statusCode(200)
                .body("conflictWarnings.kind", contains("PARTNER_FIRM"))
                .body("conflictWarnings.name", contains("Fanavaran Company Ltd"));
        Snapshot before = snapshot();
        post("claim", body("version", filed.version, "noConflict", true))
                .statusCode(400)
                .body("errors.field", contains("warningsAcknowledged"))
                .body("errors[0].message", containsString("Fanavaran Company Ltd"));
        post("claim", body("version", filed.version, "noConflict", true, "warningsAcknowledged", false))
                .statusCode(400).body("errors.field", contains("warningsAcknowledged"));
        assertThat(snapshot()).isEqualTo(before);

        post("claim", body("version", filed.version, "noConflict", true, "warningsAcknowledged", true))
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("conflictWarnings.kind", contains("PARTNER_FIRM"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void aCounterpartyMatchingTheCounselsOwnEmployerMustBeAcknowledgedToo() {
        given().contentType(ContentType.JSON).body(Map.of("employer", "شرکت Fanavaran"))
                .when().put(DESK + "/profile")
                .then().statusCode(200).body("employer", equalTo("شرکت Fanavaran"));
        given().when().get(DESK + "/profile").then().statusCode(200).body("employer", equalTo("شرکت Fanavaran"));
        post("claim", body("version", filed.version, "noConflict", true))
                .statusCode(400).body("errors.field", contains("warningsAcknowledged"));
        assertThat(fixtures.reload(filed.id).assignedCounselSubject).isNull();
        post("claim", body("version", filed.version, "noConflict", true, "warningsAcknowledged", true))
                .statusCode(200)
                .body("conflictWarnings.kind", contains("OWN_EMPLOYER"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void anEmployerTooLongIsRefusedByName() {
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of("employer", "x".repeat(201)))
                .when().put(DESK + "/profile")
                .then().statusCode(400)
                .body("errors.field", contains("employer"));
        given().when().get(DESK + "/profile").then().statusCode(200).body("employer", nullValue());
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void illegalMovesAnswer409AndChangeNothing() {
        Snapshot submitted = snapshot();
        post("status", body("status", "RESOLVED", "version", filed.version)).statusCode(409)
                .contentType("application/problem+json");
        post("status", body("status", "IN_PROGRESS", "version", filed.version, "noConflict", true)).statusCode(409);
        assertThat(snapshot()).isEqualTo(submitted);

        filed = fixtures.claim(filed.id, LegalAidFixtures.counsel("counsel-1"));
        Snapshot assigned = snapshot();
        post("status", body("status", "AWAITING_MEMBER", "version", filed.version)).statusCode(409)
                .body("detail", containsString("ASSIGNED cannot become AWAITING_MEMBER"));
        post("status", body("status", "TRIAGED", "version", filed.version)).statusCode(409);
        assertThat(snapshot()).isEqualTo(assigned);

        filed = fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-1"), CaseStatus.IN_PROGRESS, null);
        filed = fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-1"), CaseStatus.RESOLVED, null);
        Snapshot resolved = snapshot();
        post("status", body("status", "IN_PROGRESS", "version", filed.version)).statusCode(409);
        post("status", body("status", "DECLINED", "version", filed.version, "reason", "Too late")).statusCode(409);
        post("status", body("status", "CLOSED", "version", filed.version - 1)).statusCode(409)
                .body("detail", containsString("changed since you saw it"));
        assertThat(snapshot()).isEqualTo(resolved);
        post("status", body("status", "CLOSED", "version", filed.version)).statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void badStatusChangesAreRefusedNamingEachField() {
        Snapshot before = snapshot();
        post("status", body("status", "DECLINED", "version", filed.version))
                .statusCode(400).body("errors.field", contains("reason"))
                .body("errors[0].message", equalTo("This field is required."));
        post("status", body("status", "DECLINED", "version", filed.version, "reason", "   "))
                .statusCode(400).body("errors.field", contains("reason"));
        post("status", body("status", "SOMEWHERE"))
                .statusCode(400).body("errors.field", containsInAnyOrder("status", "version"));
        post("status", body("status", "ASSIGNED", "version", filed.version))
                .statusCode(400).body("errors.field", contains("status"));
        post("status", body("status", "WITHDRAWN", "version", filed.version))
                .statusCode(400).body("errors.field", contains("status"));
        given().contentType(ContentType.JSON).when().post(DESK + "/cases/" + filed.id + "/status")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        assertThat(snapshot()).isEqualTo(before);

        post("status", body("status", "DECLINED", "version", filed.version, "reason", "Outside what we cover"))
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("Outside what we cover"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void aCaseAnAdminAssignedStartsOnlyWithTheCounselsDeclarationOfNoConflict() {
        filed = fixtures.assign(filed.id, LegalAidFixtures.admin("admin-1"), LegalAidFixtures.counsel("counsel-1"));
        Snapshot before = snapshot();
        post("status", body("status", "IN_PROGRESS", "version", filed.version))
                .statusCode(400).body("errors.field", contains("noConflict"));
        assertThat(snapshot()).isEqualTo(before);
        post("status", body("status", "IN_PROGRESS", "version", filed.version, "noConflict", true,
                "message", "I have started on your case."))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("conflictDeclaredAt", notNullValue())
                .body("slaState", equalTo("MET"))
                .body("timeline.body", hasItem("I have started on your case."));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminAssignsOnlyToACounselKnownToTheDesk() {
        desk.profile(LegalAidFixtures.counsel("counsel-2"));
        Snapshot before = snapshot();
        post("assign", body("counselSubject", "nobody-we-know", "version", filed.version))
                .statusCode(400)
                .body("errors.field", contains("counselSubject"))
                .body("errors[0].message", equalTo("This account is not a counsel known to the legal-aid desk."));
        post("assign", body("counselSubject", "sara", "version", filed.version))
                .statusCode(400).body("errors.field", contains("counselSubject"));
        post("assign", body("version", filed.version))
                .statusCode(400).body("errors.field", contains("counselSubject"));
        post("assign", body("counselSubject", "counsel-2"))
                .statusCode(400).body("errors.field", contains("version"));
        post("assign", body("counselSubject", "counsel-2", "version", filed.version + 3))
                .statusCode(409);
        assertThat(snapshot()).isEqualTo(before);

        long audit = members.lastAuditId();
        post("assign", body("counselSubject", "counsel-2", "version", filed.version))
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignedCounselName", equalTo("Counsel counsel-2"))
                .body("conflictDeclaredAt", nullValue())
                .body("slaState", oneOf("ON_TIME", "DUE_SOON"));
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.assign");
            assertThat(entry.actorRole).isEqualTo("admin");
            assertThat(entry.summary).contains("counsel-2");
        });

        LegalAidCase closed = fixtures.working(fixtures.filedBy("reza").id, LegalAidFixtures.counsel("counsel-3"));
        closed = fixtures.move(closed.id, LegalAidFixtures.counsel("counsel-3"), CaseStatus.CLOSED, null);
        given().contentType(ContentType.JSON).body(body("counselSubject", "counsel-2", "version", closed.version))
                .when().post(DESK + "/cases/" + closed.id + "/assign")
                .then().statusCode(409);
        assertThat(fixtures.reload(closed.id).assignedCounselSubject).isEqualTo("counsel-3");
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void internalNotesReachStaffButNeverTheMemberNorTheAuditLog() {
        long audit = members.lastAuditId();
        post("notes", body("body", LegalAidFixtures.NOTE))
                .statusCode(201)
                .body("timeline.find { it.kind == 'INTERNAL_NOTE' }.body", equalTo(LegalAidFixtures.NOTE))
                .body("timeline.find { it.kind == 'INTERNAL_NOTE' }.authorRole", equalTo("counsel"));
        post("notes", body("body", " \n ")).statusCode(400).body("errors.field", contains("body"));
        post("notes", body()).statusCode(400).body("errors.field", contains("body"));
        List<AuditEntry> written = members.auditAfter(audit);
        assertThat(written).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.note");
            assertThat(entry.actorRole).isEqualTo("counsel");
            assertThat(entry.summary).doesNotContain(LegalAidFixtures.NOTE).doesNotContain("cousin");
        });

        CurrentPerson sara = new CurrentPerson("sara", "sara", "Sara", null, Set.of(Role.MEMBER));
        assertThat(cases.timeline(fixtures.reload(filed.id), sara)).noneMatch(entry -> entry.kind == EntryKind.INTERNAL_NOTE);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void everyChangeIsAuditedWithItsActionAndRoleAndNoWordsOfAMessage() {
        String message = "Please send the signed contract and your last payslip.";
        long audit = members.lastAuditId();
        post("status", body("status", "TRIAGED", "version", filed.version)).statusCode(200);
        post("claim", body("version", version(), "noConflict", true)).statusCode(200);
        post("status", body("status", "IN_PROGRESS", "version", version())).statusCode(200);
        post("status", body("status", "AWAITING_MEMBER", "version", version(), "message", message)).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("body", message))
                .when().post(CASES + "/" + filed.id + "/messages").then().statusCode(201);
        post("notes", body("body", LegalAidFixtures.NOTE)).statusCode(201);
        given().when().get(CASES + "/" + filed.id).then().statusCode(200);

        List<AuditEntry> written = members.auditAfter(audit);
        assertThat(written).extracting(entry -> entry.action).containsExactly("legal-aid-case.status",
                "legal-aid-case.claim", "legal-aid-case.status", "legal-aid-case.status", "legal-aid-case.message",
                "legal-aid-case.note", "legal-aid-case.read");
        assertThat(written).allSatisfy(entry -> {
            assertThat(entry.actor).isEqualTo("counsel-1");
            assertThat(entry.actorRole).isEqualTo("counsel");
            assertThat(entry.entityId).isEqualTo(filed.id.toString());
            assertThat(entry.summary).doesNotContain("payslip").doesNotContain(LegalAidFixtures.NOTE);
        });
    }
}
