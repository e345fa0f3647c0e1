package ir.guild.registry.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationForm;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.ContactChange;
import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.MemberProfileService;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.ratelimit.TooManyRequests;
import ir.guild.registry.web.Language;

@QuarkusTest
@TestProfile(ScriptedSms.class)
class MobileVerificationApiTest {

    static final String SEND = "/api/v1/me/mobile-verification";
    static final String CONFIRM = SEND + "/confirm";
    static final String CHANNELS = "/api/v1/me/notification-channels";
    static final String MOBILE = "09121234567";

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    @Inject
    ApplicationService applications;

    @Inject
    MemberProfileService profiles;

    @Inject
    MobileVerification verification;

    @Inject
    MobileCodeRows rows;

    @Inject
    ScriptedSmsGateway sms;

    @BeforeEach
    void clean() {
        data.clear();
        rows.clear();
        sms.reset();
    }

    static CurrentPerson person(String subject) {
        return new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of());
    }

    void apply(String subject) {
        applications.submit(person(subject), Applicants.record(Applicants.nationalId()), Language.FA);
    }

    static io.restassured.response.ValidatableResponse confirm(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code)).when().post(CONFIRM).then();
    }

    @Test
    @TestSecurity(user = "mv-1", roles = "member")
    void theRightCodeConfirmsTheMobileOnRecordAndIsAudited() {
        members.enrol("mv-1");
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202).body("mobile", equalTo("0912*****67"))
                .body("expiresAt", notNullValue());
        assertThat(sms.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.to()).isEqualTo(MOBILE);
            assertThat(sent.text()).contains(sms.lastCode());
        });
        long audited = members.auditEntries("contact.verify-mobile");

        confirm(sms.lastCode()).statusCode(200).body("mobile", equalTo("0912*****67"))
                .body("verifiedAt", notNullValue());

        assertThat(rows.of("mv-1")).singleElement().satisfies(code -> {
            assertThat(code.status).isEqualTo(MobileCodeStatus.VERIFIED);
            assertThat(code.codeHash).hasSize(64).doesNotContain(sms.lastCode());
        });
        assertThat(rows.channels("mv-1").verifiedMobile).isEqualTo(MOBILE);
        assertThat(members.auditEntries("contact.verify-mobile")).isEqualTo(audited + 1);
        assertThat(members.latestAudit().summary).doesNotContain(sms.lastCode()).doesNotContain(MOBILE);
        given().when().get(CHANNELS).then().statusCode(200).body("sms.verified", equalTo(true))
                .body("sms.chosen", equalTo(false)).body("email.address", equalTo("sara@example.org"))
                .body("messenger.available", equalTo(false));
    }

    @Test
    @TestSecurity(user = "mv-2")
    void theFifthWrongCodeLocksItAndThenEvenTheRightOneIsRefused() {
        apply("mv-2");
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        String right = sms.lastCode();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            confirm(wrong).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        }
        confirm(wrong).statusCode(400).body("errors[0].field", equalTo("code"));
        assertThat(rows.of("mv-2")).singleElement().satisfies(code -> {
            assertThat(code.status).isEqualTo(MobileCodeStatus.LOCKED);
            assertThat(code.wrongAttempts).isEqualTo(5);
        });
        confirm(right).statusCode(400).body("errors[0].field", equalTo("code"));
        assertThat(rows.channels("mv-2")).isNull();
        // A new code helps.
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        confirm(sms.lastCode()).statusCode(200);
    }

    @Test
    @TestSecurity(user = "mv-3")
    void anExpiredCodeIsRefusedAndAMalformedOneNamesTheField() {
        apply("mv-3");
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        rows.expireAll("mv-3");
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of("code", sms.lastCode()))
                .when().post(CONFIRM).then().statusCode(400).body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("This code has expired; ask for a new code."));
        confirm("12ab").statusCode(400).body("errors[0].field", equalTo("code"));
        assertThat(rows.channels("mv-3")).isNull();
    }

    @Test
    @TestSecurity(user = "mv-4")
    void aNewCodeReplacesThePendingOneAndTheFourthIn15MinutesIs429() {
        apply("mv-4");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        }
        String retryAfter = given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(429)
                .contentType("application/problem+json").extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L + 1);
        assertThat(rows.of("mv-4")).extracting(code -> code.status).containsExactly(MobileCodeStatus.REPLACED,
                MobileCodeStatus.REPLACED, MobileCodeStatus.PENDING);
        assertThat(sms.sent()).hasSize(3);
    }

    @Test
    @TestSecurity(user = "mv-5")
    void aNumberGetsAtMostFiveCodesAnHourWhateverTheAccount() {
        apply("mv-5");
        apply("mv-5b");
        for (int i = 0; i < 3; i++) {
            verification.send(person("mv-5b"), Language.FA);
        }
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(429).header("Retry-After", notNullValue());
        assertThat(sms.sent()).hasSize(5);
    }

    @Test
    @TestSecurity(user = "mv-9")
    void aNumberGetsAtMostTenCodesADayWhateverTheAccount() {
        apply("mv-9");
        apply("mv-9b");
        apply("mv-9c");
        // Five an hour at most: two hours apart, twice, make ten in the day.
        for (int i = 0; i < 3; i++) {
            verification.send(person("mv-9b"), Language.FA);
        }
        verification.send(person("mv-9c"), Language.FA);
        verification.send(person("mv-9c"), Language.FA);
        rows.ageAll(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
        }
        verification.send(person("mv-9b"), Language.FA);
        verification.send(person("mv-9c"), Language.FA);
        rows.ageAll(Duration.ofHours(2));

        assertThatThrownBy(() -> verification.send(person("mv-9c"), Language.FA))
                .isInstanceOfSatisfying(TooManyRequests.class,
                        refused -> assertThat(refused.getMessage()).doesNotContain("3600 seconds"));
        assertThat(sms.sent()).hasSize(10);
    }

    @Test
    @TestSecurity(user = "mv-6")
    void aGatewayFailureIs503AndLeavesNothingPending() {
        apply("mv-6");
        sms.failing(true);
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(503).contentType("application/problem+json");
        assertThat(rows.pending()).isZero();
        assertThat(rows.of("mv-6")).singleElement().satisfies(code -> assertThat(code.status)
                .isEqualTo(MobileCodeStatus.LOCKED));
    }

    @Test
    @TestSecurity(user = "mv-7")
    void codesNeverReachTheLog() {
        apply("mv-7");
        try (CapturedLog log = new CapturedLog("ir.guild.registry")) {
            given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(202);
            String code = sms.lastCode();
            confirm(code.equals("000000") ? "111111" : "000000").statusCode(400);
            sms.failing(true);
            given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(503);
            sms.failing(false);
            confirm(code).statusCode(400);
            assertThat(log.all()).contains("0912*****67").doesNotContain(code).doesNotContain(MOBILE);
        }
    }

    @Test
    @TestSecurity(user = "mv-8")
    void anotherAccountCannotConfirmSomeoneElsesCode() {
        apply("mv-8");
        apply("mv-8-victim");
        verification.send(person("mv-8-victim"), Language.FA);
        confirm(sms.lastCode()).statusCode(400).body("errors[0].field", equalTo("code"));
        assertThat(rows.channels("mv-8-victim")).isNull();
        assertThat(rows.channels("mv-8")).isNull();
    }

    @Test
    @TestSecurity(user = "mv-9")
    void someoneWithNeitherApplicationNorMembershipIs404() {
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(404).contentType("application/problem+json");
        confirm("123456").statusCode(404);
        given().when().get(CHANNELS).then().statusCode(404);
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    @TestSecurity(user = "firm-mv", roles = "partner")
    void aPartnerFirmIs403() {
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(403);
        confirm("123456").statusCode(403);
        given().when().get(CHANNELS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("sms", false, "messenger", false)).when().put(CHANNELS)
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersAre401() {
        given().contentType(ContentType.JSON).when().post(SEND).then().statusCode(401);
        confirm("123456").statusCode(401);
        given().when().get(CHANNELS).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "mv-10", roles = "member")
    void choosingAChannelThatIsNotReadyIs400NamingIt() {
        members.enrol("mv-10");
        given().contentType(ContentType.JSON).body(Map.of("sms", true, "messenger", false)).when().put(CHANNELS)
                .then().statusCode(400).body("errors[0].field", equalTo("sms"));
        given().contentType(ContentType.JSON).body(Map.of("sms", false, "messenger", true)).when().put(CHANNELS)
                .then().statusCode(400).body("errors[0].field", equalTo("messenger"));
        given().contentType(ContentType.JSON).body(Map.of("sms", false)).when().put(CHANNELS)
                .then().statusCode(400).body("errors[0].field", equalTo("messenger"));
        rows.verified("mv-10", MOBILE);
        given().contentType(ContentType.JSON).body(Map.of("sms", true, "messenger", false)).when().put(CHANNELS)
                .then().statusCode(200).body("sms.chosen", equalTo(true));
    }

    @Test
    @TestSecurity(user = "mv-11", roles = "member")
    void changingTheMobileForgetsTheConfirmedNumber() {
        members.enrol("mv-11");
        rows.verified("mv-11", MOBILE);
        profiles.updateContact(new CurrentPerson("mv-11", "mv-11", "mv-11", null, Set.of()),
                new ContactChange(null, "09351112233", null, null, null), Language.FA);
        ContactChannels channels = rows.channels("mv-11");
        assertThat(channels.verifiedMobile).isNull();
        assertThat(channels.smsChosen).isFalse();
        given().when().get(CHANNELS).then().statusCode(200).body("sms.mobile", equalTo("0935*****33"))
                .body("sms.verified", equalTo(false));
    }

    @Test
    @TestSecurity(user = "mv-12")
    void completingAnApplicationWithAnotherMobileForgetsTheConfirmedNumber() {
        CurrentPerson applicant = person("mv-12");
        ApplicationForm form = Applicants.record(Applicants.nationalId());
        Application application = applications.submit(applicant, form, Language.FA);
        rows.verified("mv-12", MOBILE);
        applications.decide(application.id, new Decision("REQUEST_INFO", "Please check your details", null,
                application.version), new CurrentPerson("admin", "admin", "Admin", null, Set.of(Role.ADMIN)), Language.FA);

        applications.resubmit(applicant, withMobile(form, MOBILE), Language.FA);
        assertThat(rows.channels("mv-12").verifiedMobile).isEqualTo(MOBILE);

        Application again = applications.mine(applicant).orElseThrow();
        applications.decide(again.id, new Decision("REQUEST_INFO", "Once more", null, again.version),
                new CurrentPerson("admin", "admin", "Admin", null, Set.of(Role.ADMIN)), Language.FA);
        applications.resubmit(applicant, withMobile(form, "09351112233"), Language.FA);
        assertThat(rows.channels("mv-12").verifiedMobile).isNull();
        assertThat(rows.channels("mv-12").smsChosen).isFalse();
    }

    private static ApplicationForm withMobile(ApplicationForm f, String mobile) {
        return new ApplicationForm(f.fullName(), f.fullNameLatin(), f.nationalId(), f.birthDate(), f.email(), mobile,
                f.province(), f.city(), f.educationLevel(), f.fieldOfStudy(), f.yearsOfExperience(), f.specialties(),
                f.employmentStatus(), f.employer(), f.portfolioUrl(), f.motivation(), f.consents());
    }
}
