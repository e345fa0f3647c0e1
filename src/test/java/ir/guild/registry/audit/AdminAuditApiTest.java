package ir.guild.registry.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The audit log through the API: filters that each narrow the list, newest first, CSV and the chain check. */
@QuarkusTest
@TestSecurity(user = "demo-admin", roles = "admin")
class AdminAuditApiTest {

    static final String API = "/api/v1/admin/audit";

    @Inject
    AuditFixtures fixtures;

    private AuditEntry approval;
    private AuditEntry suspension;
    private AuditEntry caseRead;

    /** Three entries on three Tehran days: 8, 9 and 10 Azar 1405 (29, 30 November and 1 December 2026). */
    @BeforeEach
    void threeEntries() {
        fixtures.clear();
        approval = fixtures.entry(Instant.parse("2026-11-28T21:00:00Z"), "demo-admin", "admin",
                "application.approve", "Application", "7", "status: SUBMITTED -> APPROVED");
        suspension = fixtures.entry(Instant.parse("2026-11-30T10:00:00Z"), "other-admin", "admin",
                "member.suspend", "Member", "1405-000001", "status: ACTIVE -> SUSPENDED");
        caseRead = fixtures.entry(Instant.parse("2026-12-01T20:29:00Z"), "counsel-1", "counsel",
                "legalaid.read", "LegalAidCase", "3", "read");
    }

    private static List<Integer> ids(Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
    }

    private static List<Integer> ids(String query) {
        return ids(given().when().get(API + query));
    }

    private static int id(AuditEntry entry) {
        return entry.id.intValue();
    }

    @Test
    void listsEveryEntryNewestFirstWithItsFields() {
        given().when().get(API).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.id", contains(id(caseRead), id(suspension), id(approval)))
                .body("items[1].occurredAt", equalTo("2026-11-30T10:00:00Z"))
                .body("items[1].actor", equalTo("other-admin"))
                .body("items[1].actorRole", equalTo("admin"))
                .body("items[1].action", equalTo("member.suspend"))
                .body("items[1].entityType", equalTo("Member"))
                .body("items[1].entityId", equalTo("1405-000001"))
                .body("items[1].summary", equalTo("status: ACTIVE -> SUSPENDED"))
                .body("items[1].hash", nullValue());
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(ids("?actor=other-admin")).containsExactly(id(suspension));
        assertThat(ids("?entity=Member")).containsExactly(id(suspension));
        assertThat(ids("?entity=Application:7")).containsExactly(id(approval));
        assertThat(ids("?entity=Application:8")).isEmpty();
        assertThat(ids("?action=legalaid.read")).containsExactly(id(caseRead));
        assertThat(ids("?action=member")).containsExactly(id(suspension));
        assertThat(ids("?action=mem")).isEmpty();
    }

    @Test
    void datesAreTehranDaysWithBothEndsIncluded() {
        // 21:00 UTC on 28 November is already 29 November in Tehran (UTC+3:30).
        assertThat(ids("?from=2026-11-29&to=2026-11-29")).containsExactly(id(approval));
        assertThat(ids("?from=2026-11-29&to=2026-11-30")).containsExactly(id(suspension), id(approval));
        // 20:29 UTC on 1 December is 23:59 in Tehran: still the 1st.
        assertThat(ids("?from=2026-12-01")).containsExactly(id(caseRead));
        assertThat(ids("?to=2026-11-28")).isEmpty();
    }

    @Test
    void pagesFollowEachOther() {
        given().when().get(API + "?size=2&page=1").then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("items.id", contains(id(approval)));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().when().get(API + "?from=2026-13-01").then().statusCode(400)
                .body("errors.field", contains("from"));
        given().when().get(API + "?from=2026-11-30&to=2026-11-29").then().statusCode(400)
                .body("errors.field", contains("to"));
        given().when().get(API + "?entity=Member:").then().statusCode(400)
                .body("errors.field", contains("entity"));
        given().when().get(API + ".csv?to=yesterday").then().statusCode(400)
                .body("errors.field", contains("to"));
    }

    @Test
    void theCsvHoldsTheFilteredEntriesUnderAHeader() throws Exception {
        Response response = given().when().get(API + ".csv?entity=Application");
        response.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"));
        String body = response.asString();
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.DEFAULT).getRecords();
        assertThat(rows.get(0).toList()).isEqualTo(AuditTrail.CSV_COLUMNS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).containsExactly(approval.id.toString(), "2026-11-28T21:00:00Z",
                "demo-admin", "admin", "application.approve", "Application", "7", "status: SUBMITTED -> APPROVED");
        // The export is itself recorded, with the filter it used.
        given().when().get(API + "?action=audit.export").then().statusCode(200)
                .body("items[0].summary", equalTo("CSV export of audit entries with entity=Application"));
    }

    @Test
    void theCsvStreamsMoreThanOnePageNewestFirst() throws Exception {
        for (int i = 0; i < AuditTrail.CSV_PAGE + 3; i++) {
            fixtures.entry(Instant.parse("2026-12-02T08:00:00Z").plusSeconds(i), "importer", "system",
                    "member.import", "Member", "m" + i, "");
        }
        String body = given().when().get(API + ".csv?action=member.import").then().statusCode(200)
                .extract().asString();
        List<CSVRecord> rows = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.DEFAULT).getRecords();
        assertThat(rows).hasSize(AuditTrail.CSV_PAGE + 4);
        assertThat(rows.get(1).get(6)).isEqualTo("m" + (AuditTrail.CSV_PAGE + 2));
        assertThat(rows.get(rows.size() - 1).get(6)).isEqualTo("m0");
    }

    @Test
    void anIntactChainReportsItsLength() {
        given().when().get(API + "/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("entries", equalTo(3))
                .body("firstBrokenId", nullValue());
    }

    @Test
    void anEntryEditedInTheDatabaseIsReportedAsTheFirstBrokenOne() {
        fixtures.tamper("update audit_entry set summary = 'status: ACTIVE -> ACTIVE' where id = " + suspension.id);
        given().when().get(API + "/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBrokenId", equalTo(id(suspension)))
                .body("reason", org.hamcrest.Matchers.containsString("hash"))
                .body("entries", nullValue());
        given().when().get(API).then().body("items.summary", hasItem("status: ACTIVE -> ACTIVE"));
    }
}
