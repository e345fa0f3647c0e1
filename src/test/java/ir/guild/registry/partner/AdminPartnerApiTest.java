package ir.guild.registry.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.outbox.OutboxRelay;

/** Admins register partner firms through the API; Keycloak is played by {@link RecordingPartnerClients}. */
@QuarkusTest
class AdminPartnerApiTest {

    static final String API = "/api/v1/admin/partners";
    /** A valid national company ID (check digit 0), and another. */
    static final String COMPANY_ID = "10100834460";
    static final String OTHER_COMPANY_ID = "10101770523";

    @Inject
    MembershipTestData data;

    @Inject
    RecordingPartnerClients keycloak;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        data.clear();
        keycloak.reset();
    }

    static Map<String, Object> firm(String name, String companyId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nationalCompanyId", companyId);
        body.put("contactEmail", email);
        return body;
    }

    static ValidatableResponse register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(API).then();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void registeringCreatesTheClientAndShowsItsSecretOnceWithoutKeepingIt() {
        long auditBefore = lastAuditId();
        var answer = register(firm("  شرکت نمونه  ", "۱۰۱۰۰۸۳۴۴۶۰", "HR@Example.ORG")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/admin/partners/"))
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .body("clientId", equalTo("partner-" + COMPANY_ID))
                .body("clientSecret", startsWith("secret-"))
                .body("partner.name", equalTo("شرکت نمونه"))
                .body("partner.nationalCompanyId", equalTo(COMPANY_ID))
                .body("partner.contactEmail", equalTo("hr@example.org"))
                .body("partner.status", equalTo("ACTIVE"))
                .extract();
        String secret = answer.path("clientSecret");
        long id = ((Number) answer.path("partner.id")).longValue();

        assertThat(keycloak.calls()).containsExactly(
                new RecordingPartnerClients.Call("create", "partner-" + COMPANY_ID, "شرکت نمونه"));
        // The firm's calls are recognised by its client id.
        assertThat(QuarkusTransaction.requiringNew().call(() -> PartnerFirm.byClientId("partner-" + COMPANY_ID)
                .map(f -> f.id))).contains(id);

        given().when().get(API + "/" + id).then().statusCode(200)
                .body("clientId", equalTo("partner-" + COMPANY_ID))
                .body("$", not(org.hamcrest.Matchers.hasKey("clientSecret")));
        List<AuditEntry> audit = auditAfter(auditBefore);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("partner.register");
        assertThat(audit.get(0).entityType).isEqualTo(PartnerService.ENTITY);
        assertThat(audit.get(0).entityId).isEqualTo(Long.toString(id));
        assertThat(audit.get(0).actor).isEqualTo("demo-admin");
        assertThat(storedText()).doesNotContain(secret);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void badFieldsAreNamedAndNothingReachesKeycloak() {
        register(firm("", "10100834461", "not-an-email")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "nationalCompanyId", "contactEmail"));
        register(firm("Firm", "1010083446", "a@b.org")).statusCode(400)
                .body("errors.field", contains("nationalCompanyId"));
        register(firm("x".repeat(201), "10100000000", null)).statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "nationalCompanyId", "contactEmail"));
        given().contentType(ContentType.JSON).body("{}").when().post(API).then().statusCode(400)
                .body("errors", hasSize(3));
        assertThat(keycloak.calls()).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFirmIsRegisteredOnlyOnce() {
        register(firm("First", COMPANY_ID, "a@first.org")).statusCode(201);
        register(firm("Again", "101-008-344-60", "b@again.org")).statusCode(409)
                .contentType("application/problem+json");
        assertThat(keycloak.calls()).hasSize(1);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void keycloakDownIs503AndWritesNothing() {
        long auditBefore = lastAuditId();
        keycloak.goDown();
        register(firm("Firm", COMPANY_ID, "a@firm.org")).statusCode(503)
                .contentType("application/problem+json").body("status", equalTo(503));
        assertThat(count()).isZero();
        assertThat(auditAfter(auditBefore)).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theListIsPagedNewestFirst() {
        register(firm("Older", COMPANY_ID, "a@older.org")).statusCode(201);
        register(firm("Newer", OTHER_COMPANY_ID, "a@newer.org")).statusCode(201);
        given().queryParam("size", 1).when().get(API).then().statusCode(200)
                .body("items.name", contains("Newer")).body("page", equalTo(0)).body("size", equalTo(1))
                .body("total", equalTo(2));
        given().queryParam("size", 1).queryParam("page", 1).when().get(API).then().statusCode(200)
                .body("items.name", contains("Older"));
        given().when().get(API + "/999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void suspendingQueuesTheClientsDisablingAndReactivatingItsEnabling() {
        long id = registeredId(COMPANY_ID);
        long auditBefore = lastAuditId();
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", 0))
                .when().post(API + "/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("version", equalTo(1));
        relay.deliverDue();
        assertThat(keycloak.calls()).last()
                .isEqualTo(new RecordingPartnerClients.Call("disable", "partner-" + COMPANY_ID, null));

        // Twice is refused, and so is the version seen before the suspension.
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", 1))
                .when().post(API + "/" + id + "/status").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "version", 0))
                .when().post(API + "/" + id + "/status").then().statusCode(409);

        given().contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "version", 1))
                .when().post(API + "/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        relay.deliverDue();
        assertThat(keycloak.calls()).last()
                .isEqualTo(new RecordingPartnerClients.Call("enable", "partner-" + COMPANY_ID, null));
        assertThat(auditAfter(auditBefore)).extracting(entry -> entry.action)
                .containsExactly("partner.suspend", "partner.reactivate");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aStatusChangeNeedsAKnownStatusAndAVersion() {
        long id = registeredId(COMPANY_ID);
        given().contentType(ContentType.JSON).body(Map.of("status", "DELETED"))
                .when().post(API + "/" + id + "/status").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "version"));
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", 0))
                .when().post(API + "/424242/status").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void rotatingGivesANewSecretOnceAndKeycloakDownChangesNothing() {
        long id = registeredId(COMPANY_ID);
        long auditBefore = lastAuditId();
        String secret = given().contentType(ContentType.JSON).when().post(API + "/" + id + "/secret").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .body("clientId", equalTo("partner-" + COMPANY_ID)).body("partner.version", equalTo(1))
                .extract().path("clientSecret");
        assertThat(keycloak.calls()).last()
                .isEqualTo(new RecordingPartnerClients.Call("secret", "partner-" + COMPANY_ID, null));
        assertThat(auditAfter(auditBefore)).extracting(entry -> entry.action).containsExactly("partner.rotate-secret");
        assertThat(storedText()).doesNotContain(secret);

        given().contentType(ContentType.JSON).body(Map.of("version", 0)).when().post(API + "/" + id + "/secret")
                .then().statusCode(409);
        keycloak.goDown();
        given().contentType(ContentType.JSON).body(Map.of("version", 1)).when().post(API + "/" + id + "/secret")
                .then().statusCode(503).contentType("application/problem+json");
        given().when().get(API + "/" + id).then().body("version", equalTo(1));
        assertThat(auditAfter(auditBefore)).hasSize(1);
    }

    private long registeredId(String companyId) {
        return ((Number) register(firm("Firm " + companyId, companyId, "hr@firm.org")).statusCode(201).extract()
                .path("partner.id")).longValue();
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> PartnerFirm.count());
    }

    private long lastAuditId() {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry latest = AuditEntry.latest();
            return latest == null ? 0L : latest.id;
        });
    }

    private List<AuditEntry> auditAfter(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("id > ?1 order by id", id));
    }

    /** Everything the registry wrote about firms: their rows, the audit log and the outbox. */
    @SuppressWarnings("unchecked")
    private String storedText() {
        return QuarkusTransaction.requiringNew().call(() -> String.join("\n",
                em.createNativeQuery("select concat_ws('|', name, national_company_id, contact_email, client_id, status)"
                        + " from partner_firm union all select summary from audit_entry"
                        + " union all select payload from outbox_message").getResultList()));
    }
}
