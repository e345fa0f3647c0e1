package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.web.Language;

@QuarkusTest
class ApplicationApiTest {

    private static final String APPLICATIONS = "/api/v1/applications";

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @BeforeEach
    void clean() {
        data.clear();
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void aPersonAppliesAndTheirInputIsNormalised() {
        Map<String, Object> form = Applicants.form("0499370899");
        form.put("nationalId", "۰۴۹۹-۳۷۰-۸۹۹");
        form.put("fullName", "  علي كريمي ");
        form.put("mobile", "+98 912 123 4567");
        form.put("yearsOfExperience", "۶");

        given().contentType(ContentType.JSON).body(form)
                .when().post(APPLICATIONS)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/applications/me"))
                .body("status", equalTo("SUBMITTED"))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("nationalId", equalTo("0499370899"))
                .body("fullName", equalTo("علی کریمی"))
                .body("mobile", equalTo("09121234567"))
                .body("yearsOfExperience", equalTo(6))
                .body("specialties", containsInAnyOrder("BACKEND", "DEVOPS"));

        given().when().get(APPLICATIONS + "/me")
                .then().statusCode(200).body("nationalId", equalTo("0499370899"));
        assertThat(data.outbox(MailDelivery.KIND)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "applicant-2")
    void aSecondOpenApplicationForTheSameAccountIs409AndWritesNothing() {
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS)
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(data.applications()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "applicant-3")
    void aNationalIdWithAnOpenApplicationElsewhereIs409() {
        String nationalId = Applicants.nationalId();
        applications.submit(person("someone-else"), Applicants.record(nationalId), Language.FA);
        given().contentType(ContentType.JSON).body(Applicants.form(nationalId))
                .when().post(APPLICATIONS)
                .then().statusCode(409);
        assertThat(data.applications()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "nationalId|0499370898",
            "nationalId|1111111111",
            "nationalId|12345",
            "birthDate|2999-01-01",
            "birthDate|2020-01-01",
            "birthDate|1404/01/01",
            "mobile|02112345678",
            "email|not-an-email",
            "portfolioUrl|javascript:alert(1)",
            "province|ATLANTIS",
            "yearsOfExperience|200",
            "city|",
    })
    @TestSecurity(user = "applicant-4")
    void everyBadFieldIsNamedAndNothingIsWritten(String field, String value) {
        Map<String, Object> form = Applicants.form(Applicants.nationalId());
        form.put(field, value);
        given().contentType(ContentType.JSON).body(form)
                .when().post(APPLICATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(data.applications()).isZero();
        assertThat(data.outbox(MailDelivery.KIND)).isZero();
    }

    @Test
    @TestSecurity(user = "applicant-10")
    void overLongFieldsAreRefused() {
        Map<String, Object> form = Applicants.form(Applicants.nationalId());
        form.put("fullName", "آ".repeat(101));
        form.put("motivation", "x".repeat(2001));
        given().contentType(ContentType.JSON).body(form)
                .when().post(APPLICATIONS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("fullName", "motivation"));
        assertThat(data.applications()).isZero();
    }

    @Test
    @TestSecurity(user = "applicant-5")
    void theRequiredConsentsMustBeGiven() {
        Map<String, Object> form = Applicants.form(Applicants.nationalId());
        form.put("consents", Map.of("terms", false, "directory", true));
        given().contentType(ContentType.JSON).body(form)
                .when().post(APPLICATIONS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("consents.terms", "consents.privacy"));
        assertThat(data.applications()).isZero();
    }

    @Test
    @TestSecurity(user = "applicant-6")
    void errorsAreInPersianForPersianClients() {
        Map<String, Object> form = Applicants.form("0499370898");
        given().contentType(ContentType.JSON).header("Accept-Language", "fa").body(form)
                .when().post(APPLICATIONS)
                .then().statusCode(400)
                .body("errors.find { it.field == 'nationalId' }.message", equalTo("کد ملی معتبر نیست."));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(form)
                .when().post(APPLICATIONS)
                .then().statusCode(400)
                .body("errors.find { it.field == 'nationalId' }.message",
                        equalTo("This is not a valid Iranian national ID."));
    }

    @Test
    @TestSecurity(user = "applicant-7")
    void anApplicantWithdrawsAndMayApplyAgain() {
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS).then().statusCode(201);
        given().contentType(ContentType.JSON).when().post(APPLICATIONS + "/me/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().contentType(ContentType.JSON).when().post(APPLICATIONS + "/me/withdraw")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "applicant-8")
    void aSubmittedApplicationCannotBeEditedUntilTheGuildAsks() {
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().put(APPLICATIONS + "/me")
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "applicant-9")
    void withoutAnApplicationMineIs404() {
        given().when().get(APPLICATIONS + "/me").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAre401() {
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS).then().statusCode(401);
        given().when().get(APPLICATIONS + "/me").then().statusCode(401);
        given().contentType(ContentType.JSON).when().post(APPLICATIONS + "/me/withdraw").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnerFirmsCannotApply() {
        given().contentType(ContentType.JSON).body(Applicants.form(Applicants.nationalId()))
                .when().post(APPLICATIONS).then().statusCode(403);
        assertThat(data.applications()).isZero();
    }

    static CurrentPerson person(String subject) {
        return new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of());
    }
}
