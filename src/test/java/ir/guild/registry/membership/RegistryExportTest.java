package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class RegistryExportTest {

    static final String EXPORT = "/api/v1/admin/members/export";

    @Inject
    MembershipTestData data;

    @Inject
    RegistryFixtures fixtures;

    Member active;
    Member expired;
    Member suspended;
    Member revoked;

    @BeforeEach
    void registry() {
        data.clear();
        active = fixtures.member("m-active", "سارا رضایی", "Sara Rezaei", "TEHRAN", "SENIOR");
        expired = fixtures.member("m-expired", "علی محمدی", "Ali Mohammadi", "ESFAHAN", "MEMBER");
        fixtures.update("validUntil", RegistryFixtures.today().minusDays(1), expired.id);
        suspended = fixtures.member("m-suspended", "نرگس حسینی", "Narges Hosseini", "FARS", "ASSOCIATE");
        fixtures.update("status", Member.StoredStatus.SUSPENDED, suspended.id);
        revoked = fixtures.member("m-revoked", "رضا کریمی", "Reza Karimi", "TEHRAN", "MEMBER");
        fixtures.update("status", Member.StoredStatus.REVOKED, revoked.id);
    }

    private static byte[] export(Map<String, ?> filters) {
        return given().queryParams(filters).when().get(EXPORT).then().statusCode(200).extract().asByteArray();
    }

    private static List<CSVRecord> rows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static List<String> numbers(Map<String, ?> filters) throws IOException {
        return rows(export(filters)).stream().map(row -> row.get("membershipNumber")).toList();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theExportIsAUtf8AttachmentWithAByteOrderMarkAndTheHeaderFirst() throws IOException {
        Response response = given().when().get(EXPORT);
        response.then().statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"members-" + RegistryFixtures.today() + ".csv\""));
        byte[] file = response.asByteArray();
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text.substring(1, text.indexOf("\r\n"))).isEqualTo("membershipNumber,fullName,fullNameLatin,"
                + "nationalId,email,mobile,province,city,grade,status,memberSince,validUntil,directoryListed,"
                + "specialties");
        assertThat(rows(file)).hasSize(4);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void eachMemberIsOneRowWithPersianTextIntactAndTheDerivedStatus() throws IOException {
        List<CSVRecord> rows = rows(export(Map.of()));
        CSVRecord sara = rows.stream().filter(row -> row.get("membershipNumber").equals(active.membershipNumber))
                .findFirst().orElseThrow();
        assertThat(sara.get("fullName")).isEqualTo("سارا رضایی");
        assertThat(sara.get("fullNameLatin")).isEqualTo("Sara Rezaei");
        assertThat(sara.get("nationalId")).isEqualTo(active.nationalId);
        assertThat(sara.get("email")).isEqualTo("sara@example.org");
        assertThat(sara.get("mobile")).isEqualTo("09121234567");
        assertThat(sara.get("province")).isEqualTo("TEHRAN");
        assertThat(sara.get("city")).isEqualTo("تهران");
        assertThat(sara.get("grade")).isEqualTo("SENIOR");
        assertThat(sara.get("status")).isEqualTo("ACTIVE");
        assertThat(sara.get("memberSince")).isEqualTo(RegistryFixtures.today().toString());
        assertThat(sara.get("validUntil")).isEqualTo(RegistryFixtures.today().plusYears(1).toString());
        assertThat(sara.get("directoryListed")).isEqualTo("true");
        assertThat(sara.get("specialties")).isEqualTo("BACKEND;DEVOPS");
        assertThat(rows.stream().map(row -> row.get("status")))
                .containsExactly("ACTIVE", "EXPIRED", "SUSPENDED", "REVOKED");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theStatusFilterKnowsExpiredMembersAlthoughExpiredIsNeverStored() throws IOException {
        assertThat(numbers(Map.of("status", "ACTIVE"))).containsExactly(active.membershipNumber);
        assertThat(numbers(Map.of("status", "EXPIRED"))).containsExactly(expired.membershipNumber);
        assertThat(numbers(Map.of("status", "suspended"))).containsExactly(suspended.membershipNumber);
        assertThat(numbers(Map.of("status", "REVOKED"))).containsExactly(revoked.membershipNumber);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void gradeProvinceAndSearchFilterTheRowsAndCombine() throws IOException {
        assertThat(numbers(Map.of("grade", "MEMBER"))).containsExactly(expired.membershipNumber,
                revoked.membershipNumber);
        assertThat(numbers(Map.of("province", "TEHRAN"))).containsExactly(active.membershipNumber,
                revoked.membershipNumber);
        assertThat(numbers(Map.of("province", "TEHRAN", "grade", "MEMBER"))).containsExactly(revoked.membershipNumber);
        assertThat(numbers(Map.of("province", "TEHRAN", "status", "ACTIVE"))).containsExactly(active.membershipNumber);
        // Part of a name, Arabic letters typed for Persian ones, a Latin name in any case.
        assertThat(numbers(Map.of("q", "حسيني"))).containsExactly(suspended.membershipNumber);
        assertThat(numbers(Map.of("q", "KARIMI"))).containsExactly(revoked.membershipNumber);
        // A whole national ID or membership number, in Persian digits too.
        assertThat(numbers(Map.of("q", expired.nationalId))).containsExactly(expired.membershipNumber);
        assertThat(numbers(Map.of("q", persianDigits(active.membershipNumber))))
                .containsExactly(active.membershipNumber);
        assertThat(numbers(Map.of("q", "nobody"))).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnknownFilterCodeIsRefusedNamingTheField() {
        given().queryParam("status", "DORMANT").queryParam("province", "ATLANTIS")
                .when().get(EXPORT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("province"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void cellsASpreadsheetWouldRunAsFormulasAreEscaped() throws IOException {
        fixtures.update("fullName", "=HYPERLINK(\"http://evil.example\",\"click\")", active.id);
        fixtures.update("fullNameLatin", "@SUM(A1:A9)", active.id);
        fixtures.update("city", "-2+3", active.id);
        fixtures.update("email", "+cmd@example.org", expired.id);
        fixtures.update("city", "Karaj, \"new\" town", expired.id);

        List<CSVRecord> rows = rows(export(Map.of()));
        assertThat(rows.get(0).get("fullName")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(rows.get(0).get("fullNameLatin")).isEqualTo("'@SUM(A1:A9)");
        assertThat(rows.get(0).get("city")).isEqualTo("'-2+3");
        assertThat(rows.get(1).get("email")).isEqualTo("'+cmd@example.org");
        assertThat(rows.get(1).get("city")).isEqualTo("Karaj, \"new\" town");
        assertThat(rows.get(1).get("fullName")).isEqualTo("علی محمدی");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aLargeRegistryIsExportedPageByPageToTheLastRow() throws IOException {
        data.clear();
        fixtures.sql("""
                insert into member (membership_number, account_subject, language, full_name, full_name_latin,
                    national_id, email, mobile, province, city, grade, status, member_since, valid_until,
                    directory_listed)
                select '1399-' || lpad(g::text, 6, '0'), 'bulk-' || g, 'fa', 'عضو شماره ' || g, 'Member ' || g,
                    lpad(g::text, 10, '0'), 'm' || g || '@example.org', '0912' || lpad(g::text, 7, '0'),
                    'TEHRAN', 'تهران', 'MEMBER', 'ACTIVE', date '2020-01-01', date '2099-01-01', g % 2 = 0
                from generate_series(1, 5000) g""");
        fixtures.sql("""
                insert into member_specialty (member_id, specialty)
                select id, s from member, unnest(array['BACKEND', 'QA']) s where account_subject like 'bulk-%'""");

        byte[] file = export(Map.of());
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(5001);
        assertThat(text).endsWith("\r\n");
        List<CSVRecord> rows = rows(file);
        assertThat(rows).hasSize(5000);
        assertThat(rows.stream().map(row -> row.get("membershipNumber")).distinct()).hasSize(5000);
        assertThat(rows.get(0).get("membershipNumber")).isEqualTo("1399-000001");
        assertThat(rows.get(4999).get("membershipNumber")).isEqualTo("1399-005000");
        assertThat(rows.get(4999).get("fullName")).isEqualTo("عضو شماره 5000");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("specialties")).isEqualTo("BACKEND;QA"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void everyExportIsRecordedInTheAuditLog() {
        long before = fixtures.audited("member.export");
        export(Map.of("status", "EXPIRED"));
        assertThat(fixtures.audited("member.export")).isEqualTo(before + 1);
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void membersCannotExport() {
        given().when().get(EXPORT).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = { "assessor", "member" })
    void assessorsCannotExport() {
        given().when().get(EXPORT).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = { "counsel", "member" })
    void counselCannotExport() {
        given().when().get(EXPORT).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnersCannotExport() {
        given().when().get(EXPORT).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "someone")
    void applicantsCannotExport() {
        given().when().get(EXPORT).then().statusCode(403);
    }

    @Test
    void anonymousCallersAre401() {
        given().when().get(EXPORT).then().statusCode(401).contentType("application/problem+json");
    }

    static String persianDigits(String text) {
        StringBuilder persian = new StringBuilder();
        text.chars().forEach(c -> persian.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return persian.toString();
    }
}
