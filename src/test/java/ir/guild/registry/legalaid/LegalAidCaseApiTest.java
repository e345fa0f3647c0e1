package ir.guild.registry.legalaid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.JalaliDates;

/**
 * A member files a legal-aid case, reads their own cases, writes to the desk and withdraws one;
 * the first-response deadline and SLA state as the API shows them.
 */
@QuarkusTest
class LegalAidCaseApiTest {

    private static final String CASES = "/api/v1/legal-aid/cases";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    WorkingDays workingDays;

    @Inject
    EntityManager em;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.clear();
    }

    static Map<String, Object> valid() {
        Map<String, Object> form = new HashMap<>();
        form.put("category", "unpaid_wages");
        form.put("subject", "  Three   months of unpaid salary ");
        form.put("description", "The company stopped paying in Mehr.\r\n\r\n\r\nI have the payslips.");
        form.put("counterpartyName", "Fanavaran Co.");
        form.put("counterpartyType", "COMPANY");
        form.put("amountInDispute", "۲۵۰٬۰۰۰٬۰۰۰");
        form.put("urgency", "HIGH");
        form.put("preferredContact", "EMAIL");
        return form;
    }

    static String year() {
        return Integer.toString(JalaliDates.jalaliYear(MemberFixtures.today()));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anActiveMemberFilesACaseAndGetsTheFirstNumberOfTheYear() {
        Member sara = fixtures.member("sara");
        long audit = members.lastAuditId();

        Response response = given().contentType(ContentType.JSON).body(valid()).when().post(CASES);
        int id = response.then().statusCode(201)
                .header("Location", endsWith(CASES + "/" + response.path("id")))
                .body("caseNumber", equalTo("LA-" + year() + "-00001"))
                .body("status", equalTo("SUBMITTED"))
                .body("category", equalTo("UNPAID_WAGES"))
                .body("subject", equalTo("Three months of unpaid salary"))
                .body("description", equalTo("The company stopped paying in Mehr.\n\nI have the payslips."))
                .body("amountInDispute", equalTo(250000000))
                .body("urgency", equalTo("HIGH"))
                .body("preferredContact", equalTo("EMAIL"))
                .body("memberName", equalTo(sara.fullName))
                .body("version", equalTo(0))
                .body("timeline", hasSize(1))
                .body("timeline[0].kind", equalTo("STATUS_CHANGE"))
                .body("timeline[0].fromStatus", nullValue())
                .body("timeline[0].toStatus", equalTo("SUBMITTED"))
                .body("timeline[0].authorRole", equalTo("member"))
                .extract().path("id");

        LegalAidCase stored = fixtures.reload(id);
        assertThat(stored.memberId).isEqualTo(sara.id);
        assertThat(stored.accountSubject).isEqualTo("sara");
        assertThat(stored.language).isEqualTo(sara.language);
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.file");
            assertThat(entry.entityType).isEqualTo("LegalAidCase");
            assertThat(entry.entityId).isEqualTo(Integer.toString(id));
            assertThat(entry.actor).isEqualTo("sara");
            assertThat(entry.actorRole).isEqualTo("member");
        });
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void caseNumbersFollowEachOtherWithoutGapsAcrossMembers() {
        fixtures.filedBy("reza");
        fixtures.member("sara");
        Map<String, Object> noAmount = valid();
        noAmount.remove("amountInDispute");
        given().contentType(ContentType.JSON).body(noAmount).when().post(CASES)
                .then().statusCode(201)
                .body("caseNumber", equalTo("LA-" + year() + "-00002"))
                .body("amountInDispute", nullValue());
        // A refused filing takes no number.
        Map<String, Object> bad = valid();
        bad.put("urgency", "WHENEVER");
        given().contentType(ContentType.JSON).body(bad).when().post(CASES).then().statusCode(400);
        given().contentType(ContentType.JSON).body(valid()).when().post(CASES)
                .then().statusCode(201)
                .body("caseNumber", equalTo("LA-" + year() + "-00003"));
        assertThat(fixtures.caseCount()).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theYearsLastCaseNumberIsGivenAndThenFilingIs409UntilTheNextYear() {
        fixtures.member("sara");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into legal_aid_number_sequence (jalali_year, last_value) values (?1, 99998)")
                .setParameter(1, Integer.parseInt(year())).executeUpdate());

        given().contentType(ContentType.JSON).body(valid()).when().post(CASES)
                .then().statusCode(201).body("caseNumber", equalTo("LA-" + year() + "-99999"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(valid()).when().post(CASES)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The legal-aid case numbers of the year " + year() + " end at LA-" + year()
                        + "-99999; no case can be filed until the next year"));
        assertThat(fixtures.caseCount()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void everyBadFieldIsNamedInTheCallersLanguage() {
        fixtures.member("sara");
        Map<String, Object> bad = valid();
        bad.put("category", "DIVORCE");
        bad.put("subject", "x".repeat(201));
        bad.put("counterpartyType", "GOVERNMENT");
        bad.put("amountInDispute", "۱۲ میلیون");
        bad.put("urgency", "");
        bad.put("preferredContact", "PIGEON");
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(bad)
                .when().post(CASES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("category", "subject", "counterpartyType",
                        "amountInDispute", "urgency", "preferredContact"))
                .body("errors.find { it.field == 'amountInDispute' }.message",
                        equalTo("The amount must be a positive whole number of Rials (at most 18 digits)."))
                .body("errors.find { it.field == 'category' }.message",
                        equalTo("This is not one of the listed choices."));

        Map<String, Object> more = valid();
        more.put("amountInDispute", "۰");
        more.put("description", " \n ");
        more.put("counterpartyName", null);
        given().header("Accept-Language", "fa").contentType(ContentType.JSON).body(more)
                .when().post(CASES)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("amountInDispute", "description", "counterpartyName"))
                .body("errors.find { it.field == 'description' }.message", equalTo("این مورد الزامی است."));

        Map<String, Object> fraction = valid();
        fraction.put("amountInDispute", "۱۲٫۵");
        given().contentType(ContentType.JSON).body(fraction).when().post(CASES)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("amountInDispute"));

        given().contentType(ContentType.JSON).body(new HashMap<>()).when().post(CASES)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("category", "subject", "description", "counterpartyName",
                        "counterpartyType", "urgency", "preferredContact"));
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    @TestSecurity(user = "paused", roles = "member")
    void aSuspendedMemberIsRefusedWithTheirStatusNamed() {
        members.suspended("paused");
        given().contentType(ContentType.JSON).body(valid()).when().post(CASES)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("SUSPENDED"));
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    @TestSecurity(user = "lapsed", roles = "member")
    void anExpiredMemberIsRefusedAndToldToRenew() {
        Member lapsed = fixtures.member("lapsed");
        members.validUntil(lapsed.membershipNumber, MemberFixtures.today().minusDays(1));
        given().contentType(ContentType.JSON).body(valid()).when().post(CASES)
                .then().statusCode(409)
                .body("detail", containsString("EXPIRED"))
                .body("detail", containsString("renew"));
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    @TestSecurity(user = "gone", roles = "member")
    void aRevokedMemberIsRefusedWithTheirStatusNamed() {
        members.revoked("gone");
        given().contentType(ContentType.JSON).body(valid()).when().post(CASES)
                .then().statusCode(409)
                .body("detail", containsString("REVOKED"));
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    @TestSecurity(user = "stranger")
    void anApplicantWhoIsNotAMemberIsForbiddenToFile() {
        given().contentType(ContentType.JSON).body(valid()).when().post(CASES)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("members"));
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberListsTheirOwnCasesNewestFirstAndNoOneElses() {
        Member sara = fixtures.member("sara");
        LegalAidCase first = fixtures.filedBy(sara);
        LegalAidCase second = fixtures.filedBy(sara);
        fixtures.filedBy("reza");
        given().when().get(CASES + "/mine")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.caseNumber", org.hamcrest.Matchers.contains(second.caseNumber, first.caseNumber))
                .body("items[0].status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberWithdrawsAnOpenCaseOnceAndTheTimelineSaysSo() {
        LegalAidCase filed = fixtures.filedBy("sara");
        long audit = members.lastAuditId();
        given().contentType(ContentType.JSON).body(Map.of("version", filed.version))
                .when().post(CASES + "/" + filed.id + "/withdraw")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("version", equalTo(filed.version + 1))
                .body("timeline", hasSize(2))
                .body("timeline[1].fromStatus", equalTo("SUBMITTED"))
                .body("timeline[1].toStatus", equalTo("WITHDRAWN"));
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.withdraw");
            assertThat(entry.summary).isEqualTo("status: SUBMITTED -> WITHDRAWN");
        });

        long afterWithdrawal = members.lastAuditId();
        given().contentType(ContentType.JSON).body(Map.of("version", filed.version + 1))
                .when().post(CASES + "/" + filed.id + "/withdraw")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("WITHDRAWN"));
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(2);
        assertThat(members.auditAfter(afterWithdrawal)).isEmpty();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aCaseCounselAreWorkingOnMayBeWithdrawnButNotOneTheyResolved() {
        Member sara = fixtures.member("sara");
        CurrentPerson counsel = LegalAidFixtures.counsel("counsel-1");
        LegalAidCase working = fixtures.working(fixtures.filedBy(sara).id, counsel);
        working = fixtures.move(working.id, counsel, CaseStatus.AWAITING_MEMBER, "Please send the contract.");
        given().contentType(ContentType.JSON).body(Map.of("version", working.version))
                .when().post(CASES + "/" + working.id + "/withdraw")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        LegalAidCase resolved = fixtures.working(fixtures.filedBy(sara).id, counsel);
        resolved = fixtures.move(resolved.id, counsel, CaseStatus.RESOLVED, null);
        given().contentType(ContentType.JSON).body(Map.of("version", resolved.version))
                .when().post(CASES + "/" + resolved.id + "/withdraw")
                .then().statusCode(409)
                .body("detail", containsString("RESOLVED"));
        assertThat(fixtures.reload(resolved.id).status).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aStaleOrMissingVersionChangesNothing() {
        LegalAidCase filed = fixtures.filedBy("sara");
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.TRIAGED, null);
        given().contentType(ContentType.JSON).body(Map.of("version", filed.version))
                .when().post(CASES + "/" + filed.id + "/withdraw")
                .then().statusCode(409)
                .body("detail", containsString("changed since you saw it"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post(CASES + "/" + filed.id + "/withdraw")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("version"));
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.TRIAGED);
        assertThat(fixtures.entryCount(filed.id)).as("filed, triaged").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberWritesToTheDeskAndTheMessagesListHoldsOnlyMessages() {
        LegalAidCase filed = fixtures.filedBy("sara");
        fixtures.note(filed.id, LegalAidFixtures.counsel("counsel-9"), LegalAidFixtures.NOTE);
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.TRIAGED, null);
        long audit = members.lastAuditId();
        String text = "My employer has now also withheld my insurance.";
        given().contentType(ContentType.JSON).body(Map.of("body", text))
                .when().post(CASES + "/" + filed.id + "/messages")
                .then().statusCode(201)
                .body("kind", equalTo("MESSAGE"))
                .body("body", equalTo(text))
                .body("authorRole", equalTo("member"));
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.message");
            assertThat(entry.actorRole).isEqualTo("member");
            assertThat(entry.summary).doesNotContain("insurance");
        });

        String messages = given().when().get(CASES + "/" + filed.id + "/messages")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.kind", org.hamcrest.Matchers.contains("MESSAGE"))
                .body("items[0].body", equalTo(text))
                .extract().asString();
        assertThat(messages).doesNotContain(LegalAidFixtures.NOTE).doesNotContain("STATUS_CHANGE");
        // A member's own message is no answer from the desk.
        assertThat(fixtures.reload(filed.id).firstRespondedAt).isNull();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aBlankMessageIsRefusedByItsFieldAndAClosedCaseTakesNone() {
        LegalAidCase filed = fixtures.filedBy("sara");
        long entries = fixtures.entryCount(filed.id);
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of("body", " \n\t "))
                .when().post(CASES + "/" + filed.id + "/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("body"))
                .body("errors[0].message", equalTo("This field is required."));
        given().contentType(ContentType.JSON).body("{}")
                .when().post(CASES + "/" + filed.id + "/messages")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("body"));
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(entries);

        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.DECLINED, "Not a labour matter");
        long declined = fixtures.entryCount(filed.id);
        given().contentType(ContentType.JSON).body(Map.of("body", "But why?"))
                .when().post(CASES + "/" + filed.id + "/messages")
                .then().statusCode(409)
                .body("detail", containsString("DECLINED"));
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(declined);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void theFirstResponseIsDueTheThirdWorkingDayAndTheCounselsFirstMessageMeetsIt() {
        LegalAidCase filed = fixtures.filedBy("sara");
        assertThat(filed.firstResponseDue).isEqualTo(workingDays.dueDay(filed.createdAt));
        given().when().get(CASES + "/" + filed.id)
                .then().statusCode(200)
                .body("firstResponseDue", equalTo(workingDays.dueDay(filed.createdAt).toString()))
                .body("slaState", oneOf("ON_TIME", "DUE_SOON"));

        given().contentType(ContentType.JSON).body(Map.of("status", "TRIAGED", "version", filed.version))
                .when().post("/api/v1/counsel/cases/" + filed.id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("slaState", oneOf("ON_TIME", "DUE_SOON"));
        assertThat(fixtures.reload(filed.id).firstRespondedAt).as("triage alone is no answer").isNull();

        given().contentType(ContentType.JSON).body(Map.of("body", "We have your case and will call you tomorrow."))
                .when().post(CASES + "/" + filed.id + "/messages")
                .then().statusCode(201)
                .body("authorRole", equalTo("counsel"));
        given().when().get(CASES + "/" + filed.id)
                .then().statusCode(200)
                .body("slaState", equalTo("MET"))
                .body("firstResponseDue", equalTo(filed.firstResponseDue.toString()));
        given().when().get("/api/v1/counsel/cases")
                .then().statusCode(200)
                .body("items[0].slaState", equalTo("MET"));
        assertThat(fixtures.reload(filed.id).firstRespondedAt).isNotNull();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aCaseWithdrawnBeforeAnyAnswerHasNoSlaStateAndTheMemberSeesNoConflictFields() {
        LegalAidCase filed = fixtures.filedBy("sara");
        given().contentType(ContentType.JSON).body(Map.of("version", filed.version))
                .when().post(CASES + "/" + filed.id + "/withdraw")
                .then().statusCode(200)
                .body("slaState", nullValue())
                .body("firstResponseDue", equalTo(filed.firstResponseDue.toString()))
                .body("documents", hasSize(0))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("conflictWarnings")));
    }
}
