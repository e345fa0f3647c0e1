package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class AdminDecisionTest {

    private static final String ADMIN = "/api/v1/admin/applications";

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private Application applied(String subject) {
        return applications.submit(ApplicationApiTest.person(subject), Applicants.record(Applicants.nationalId()),
                Language.FA);
    }

    private static Map<String, Object> decision(String kind, String reason, String grade, int version) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("decision", kind);
        body.put("reason", reason);
        body.put("grade", grade);
        body.put("version", version);
        return body;
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminApprovesAndAMemberIsBornWithANumber() {
        Application application = applied("future-member");
        long mailsBefore = data.outbox(MailDelivery.KIND);

        given().contentType(ContentType.JSON).body(decision("APPROVE", null, "MEMBER", application.version))
                .when().post(ADMIN + "/" + application.id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("version", equalTo(application.version + 1));

        Member member = QuarkusTransaction.requiringNew().call(() -> Member.byApplication(application.id).orElseThrow());
        assertThat(member.membershipNumber).matches("1[0-9]{3}-000001");
        assertThat(member.grade.name()).isEqualTo("MEMBER");
        assertThat(member.validUntil).isEqualTo(member.memberSince.plusYears(1));
        assertThat(data.outbox(KeycloakRoles.KIND)).isEqualTo(1);
        assertThat(data.outbox(MailDelivery.KIND)).isEqualTo(mailsBefore + 1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aStaleOrRepeatedDecisionIs409AndChangesNothing() {
        Application application = applied("someone");
        given().contentType(ContentType.JSON).body(decision("APPROVE", null, null, application.version))
                .when().post(ADMIN + "/" + application.id + "/decision").then().statusCode(200);
        given().contentType(ContentType.JSON).body(decision("REJECT", "late", null, application.version))
                .when().post(ADMIN + "/" + application.id + "/decision")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get(ADMIN + "/" + application.id).then().body("status", equalTo("APPROVED"));
        assertThat(data.members()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theYearsLastNumberIsGivenAndThenApprovalsAre409UntilTheNextYear() {
        int year = JalaliDates.jalaliYear(LocalDate.now(GuildClock.ZONE));
        Application last = applied("the-last-number");
        Application tooLate = applied("one-too-many");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into membership_number_sequence (jalali_year, last_value) values (?1, 999998)")
                .setParameter(1, year).executeUpdate());

        given().contentType(ContentType.JSON).body(decision("APPROVE", null, null, last.version))
                .when().post(ADMIN + "/" + last.id + "/decision").then().statusCode(200);
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(decision("APPROVE", null, null, tooLate.version))
                .when().post(ADMIN + "/" + tooLate.id + "/decision")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The membership numbers of the year " + year + " end at " + year
                        + "-999999: 0 are left, and 1 were asked for"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> Member.byApplication(last.id).orElseThrow()
                .membershipNumber)).isEqualTo(year + "-999999");
        given().when().get(ADMIN + "/" + tooLate.id).then().body("status", equalTo("SUBMITTED"));
        assertThat(data.members()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select last_value from membership_number_sequence where jalali_year = ?1").setParameter(1, year)
                .getSingleResult()).intValue())).isEqualTo(999_999);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void rejectingOrAskingForInformationNeedsAReason() {
        Application application = applied("someone");
        for (String kind : List.of("REJECT", "REQUEST_INFO")) {
            given().contentType(ContentType.JSON).body(decision(kind, " ", null, application.version))
                    .when().post(ADMIN + "/" + application.id + "/decision")
                    .then().statusCode(400).body("errors.field", hasItem("reason"));
        }
        given().contentType(ContentType.JSON).body(decision("MAYBE", "x", null, application.version))
                .when().post(ADMIN + "/" + application.id + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("decision"));
        given().when().get(ADMIN + "/" + application.id)
                .then().body("status", equalTo("SUBMITTED")).body("version", equalTo(application.version));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void askingForInformationLetsTheApplicantResubmit() {
        Application application = applied("asked");
        given().contentType(ContentType.JSON)
                .body(decision("REQUEST_INFO", "Please add your portfolio", null, application.version))
                .when().post(ADMIN + "/" + application.id + "/decision")
                .then().statusCode(200).body("status", equalTo("NEEDS_INFO"))
                .body("decisionReason", equalTo("Please add your portfolio"));

        Application resubmitted = applications.resubmit(ApplicationApiTest.person("asked"),
                Applicants.record(QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(application.id)).nationalId),
                Language.EN);
        assertThat(resubmitted.status).isEqualTo(ApplicationStatus.SUBMITTED);
        given().when().get(ADMIN + "/" + application.id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theQueueIsOldestFirstAndSearchable() {
        Application first = applied("first");
        applied("second");
        given().when().get(ADMIN + "?status=SUBMITTED&size=1")
                .then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items[0].id", equalTo(first.id.intValue()));
        given().when().get(ADMIN + "?q=" + first.nationalId)
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(first.id.intValue()));
        given().when().get(ADMIN + "?q=sara rez")
                .then().body("total", equalTo(2));
        given().when().get(ADMIN + "?status=NOPE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().when().get(ADMIN + "/999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void twoAdminsApprovingAtOnceMakeExactlyOneMember() throws Exception {
        Application application = applied("contested");
        Callable<Integer> approve = () -> given().contentType(ContentType.JSON)
                .body(decision("APPROVE", null, null, application.version))
                .when().post(ADMIN + "/" + application.id + "/decision").then().extract().statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(List.of(approve, approve))) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(data.members()).isEqualTo(1);
        assertThat(data.outbox(KeycloakRoles.KIND)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void fiftyConcurrentApprovalsGetFiftyNumbersWithoutGaps() throws Exception {
        List<Application> applied = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            applied.add(applied("crowd-" + i));
        }
        List<Callable<Integer>> approvals = applied.stream().<Callable<Integer>>map(a -> () -> given()
                .contentType(ContentType.JSON).body(decision("APPROVE", null, null, a.version))
                .when().post(ADMIN + "/" + a.id + "/decision").then().extract().statusCode()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> result : pool.invokeAll(approvals)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        List<String> numbers = QuarkusTransaction.requiringNew().call(() -> Member.<Member>listAll().stream()
                .map(m -> m.membershipNumber).sorted().toList());
        assertThat(numbers).hasSize(50).doesNotHaveDuplicates();
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(5))).toList();
        assertThat(sequence).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void membersCannotSeeOrDecideApplications() {
        assertAdminEndpointsForbidden();
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void assessorsCannotSeeOrDecideApplications() {
        assertAdminEndpointsForbidden();
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = "counsel")
    void counselCannotSeeOrDecideApplications() {
        assertAdminEndpointsForbidden();
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnerFirmsCannotSeeOrDecideApplications() {
        assertAdminEndpointsForbidden();
    }

    @Test
    @TestSecurity(user = "demo-applicant")
    void applicantsCannotSeeOrDecideApplications() {
        assertAdminEndpointsForbidden();
    }

    private void assertAdminEndpointsForbidden() {
        Application application = applied("target-" + System.nanoTime());
        given().when().get(ADMIN).then().statusCode(403).contentType("application/problem+json");
        given().when().get(ADMIN + "/" + application.id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(decision("APPROVE", null, null, application.version))
                .when().post(ADMIN + "/" + application.id + "/decision").then().statusCode(403);
        assertThat(data.members()).isZero();
    }

    @Test
    void anonymousCallersAre401() {
        given().when().get(ADMIN).then().statusCode(401);
        given().contentType(ContentType.JSON).body(decision("APPROVE", null, null, 0))
                .when().post(ADMIN + "/1/decision").then().statusCode(401);
    }
}
