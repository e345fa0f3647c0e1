package ir.guild.registry.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.membership.RegistryFixtures;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;

@QuarkusTest
@TestSecurity(user = "demo-admin", roles = "admin")
class AdminReportsTest {

    static final String APPLICATIONS = "/api/v1/admin/reports/applications.csv";
    static final String CERTIFICATES = "/api/v1/admin/reports/certificates.csv";
    static final String LEGAL_AID = "/api/v1/admin/reports/legal-aid.csv";

    /** Words of the seeded cases' contents that the statistics must never carry. */
    static final List<String> CONFIDENTIAL = List.of("حقوق معوقه سه ماه", "Unpaid salary for three months",
            "شرح محرمانه پرونده", "Acme Secret Works", "سارا رضایی", "Sara Rezaei", "پیام محرمانه عضو",
            "member message text", "یادداشت داخلی مشاور", "internal counsel note");

    @Inject
    MembershipTestData data;

    @Inject
    RegistryFixtures registry;

    @Inject
    IssuedCertificates issued;

    Member sara;
    Member ali;
    Member narges;
    LocalDate today;

    @BeforeEach
    void seed() {
        data.clear();
        today = LocalDate.now(GuildClock.ZONE);
        sara = registry.member("r-sara", "سارا رضایی", "Sara Rezaei", "TEHRAN", "SENIOR");
        ali = registry.member("r-ali", "علی محمدی", "Ali Mohammadi", "ESFAHAN", "MEMBER");
        narges = registry.member("r-narges", "نرگس حسینی", "Narges Hosseini", "FARS", "ASSOCIATE");
        // Ali applied ten days ago; Narges's application is remembered as rejected.
        registry.sql("update membership_application set submitted_at = now() - interval '10 days' "
                + "where account_subject = 'r-ali'");
        registry.sql("update membership_application set status = 'REJECTED' where account_subject = 'r-narges'");
    }

    private static byte[] download(String report, Map<String, ?> filters) {
        return given().queryParams(filters).when().get(report).then().statusCode(200).extract().asByteArray();
    }

    private static List<CSVRecord> rows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static List<String> column(String report, Map<String, ?> filters, String column) throws IOException {
        return rows(download(report, filters)).stream().map(row -> row.get(column)).toList();
    }

    private static String header(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return text.substring(1, text.indexOf("\r\n"));
    }

    // --- applications ----------------------------------------------------------

    @Test
    void theApplicationsReportIsAUtf8AttachmentWithAByteOrderMarkAndOneRowPerApplication() throws IOException {
        Response response = given().when().get(APPLICATIONS);
        response.then().statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"applications-" + today + ".csv\""));
        byte[] file = response.asByteArray();
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(header(file)).isEqualTo("id,fullName,fullNameLatin,province,city,educationLevel,"
                + "yearsOfExperience,employmentStatus,status,submittedOn,decidedOn");
        List<CSVRecord> rows = rows(file);
        assertThat(rows.stream().map(row -> row.get("fullNameLatin")))
                .containsExactly("Sara Rezaei", "Ali Mohammadi", "Narges Hosseini");
        CSVRecord first = rows.get(0);
        assertThat(first.get("fullName")).isEqualTo("سارا رضایی");
        assertThat(first.get("province")).isEqualTo("TEHRAN");
        assertThat(first.get("city")).isEqualTo("تهران");
        assertThat(first.get("status")).isEqualTo("APPROVED");
        assertThat(first.get("submittedOn")).isEqualTo(today.toString());
        assertThat(first.get("decidedOn")).isEqualTo(today.toString());
        assertThat(rows.get(1).get("submittedOn")).isEqualTo(today.minusDays(10).toString());
        assertThat(rows.get(2).get("status")).isEqualTo("REJECTED");
    }

    @Test
    void applicationsAreFilteredByStatusAndByTheDaysTheyWereSubmitted() throws IOException {
        assertThat(column(APPLICATIONS, Map.of("status", "rejected"), "fullNameLatin"))
                .containsExactly("Narges Hosseini");
        assertThat(column(APPLICATIONS, Map.of("to", today.minusDays(1).toString()), "fullNameLatin"))
                .containsExactly("Ali Mohammadi");
        assertThat(column(APPLICATIONS, Map.of("from", today.minusDays(9).toString()), "fullNameLatin"))
                .containsExactly("Sara Rezaei", "Narges Hosseini");
        // Jalali days, in Persian digits too, both ends included.
        String tenDaysAgo = jalali(today.minusDays(10));
        assertThat(column(APPLICATIONS, Map.of("from", tenDaysAgo, "to", tenDaysAgo), "fullNameLatin"))
                .containsExactly("Ali Mohammadi");
        assertThat(column(APPLICATIONS, Map.of("from", persianDigits(jalali(today)), "status", "APPROVED"),
                "fullNameLatin")).containsExactly("Sara Rezaei");
    }

    @Test
    void badApplicationFiltersAreRefusedNamingEachParameter() {
        given().queryParam("status", "LOST").queryParam("from", "yesterday").queryParam("to", "2026-02-30")
                .when().get(APPLICATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("status", "from", "to"));
        given().queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .when().get(APPLICATIONS)
                .then().statusCode(400).body("errors.field", equalTo(List.of("to")));
    }

    // --- certificates ----------------------------------------------------------

    @Test
    void theCertificatesReportShowsEachCertificateWithItsStatusToday() throws IOException {
        Certificate valid = issued.valid(sara);
        Certificate expired = issued.expired(ali);
        Certificate revoked = issued.valid(ali);
        issued.revoke(revoked.id);
        Certificate suspended = issued.valid(narges);
        registry.update("status", Member.StoredStatus.SUSPENDED, narges.id);

        byte[] file = download(CERTIFICATES, Map.of());
        assertThat(header(file)).isEqualTo("code,membershipNumber,holderName,holderNameLatin,track,level,issuedOn,"
                + "expiresOn,status,revokedOn");
        List<CSVRecord> rows = rows(file);
        assertThat(rows.stream().map(row -> row.get("code"))).containsExactly(valid.displayCode(),
                expired.displayCode(), revoked.displayCode(), suspended.displayCode());
        assertThat(rows.stream().map(row -> row.get("status")))
                .containsExactly("VALID", "EXPIRED", "REVOKED", "SUSPENDED");
        CSVRecord first = rows.get(0);
        assertThat(first.get("membershipNumber")).isEqualTo(sara.membershipNumber);
        assertThat(first.get("holderName")).isEqualTo("سارا رضایی");
        assertThat(first.get("track")).isEqualTo(IssuedCertificates.TRACK_CODE);
        assertThat(first.get("level")).isEqualTo("2");
        assertThat(first.get("issuedOn")).isEqualTo(today.minusYears(1).toString());
        assertThat(first.get("expiresOn")).isEqualTo(today.plusYears(1).toString());
        assertThat(first.get("revokedOn")).isEmpty();
        assertThat(rows.get(2).get("revokedOn")).isEqualTo(today.toString());
    }

    @Test
    void certificatesAreFilteredByTrackAndByStatus() throws IOException {
        Certificate valid = issued.valid(sara);
        Certificate expired = issued.expired(ali);
        Certificate revoked = issued.valid(ali);
        issued.revoke(revoked.id);
        issued.track("REPORT_QA", 3);
        Certificate qa = issued.certificate(narges, "REPORT_QA", 1, today);

        assertThat(column(CERTIFICATES, Map.of("status", "VALID"), "code"))
                .containsExactly(valid.displayCode(), qa.displayCode());
        assertThat(column(CERTIFICATES, Map.of("status", "expired"), "code")).containsExactly(expired.displayCode());
        assertThat(column(CERTIFICATES, Map.of("status", "REVOKED"), "code")).containsExactly(revoked.displayCode());
        assertThat(column(CERTIFICATES, Map.of("track", "report_qa"), "code")).containsExactly(qa.displayCode());
        assertThat(column(CERTIFICATES, Map.of("track", IssuedCertificates.TRACK_CODE, "status", "VALID"), "code"))
                .containsExactly(valid.displayCode());
    }

    @Test
    void badCertificateFiltersAreRefusedNamingEachParameter() {
        given().queryParam("track", "NO_SUCH_TRACK").queryParam("status", "SHINY")
                .when().get(CERTIFICATES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("track", "status"));
    }

    // --- legal aid -------------------------------------------------------------

    private void legalAidCase(String number, Member member, String category, String urgency, String status,
            String filedAgo, String due, String respondedAt, String counsel) {
        registry.sql("""
                insert into legal_aid_case (case_number, member_id, account_subject, member_name, language, category,
                    subject, description, counterparty_name, counterparty_type, amount_in_dispute, urgency,
                    preferred_contact, status, assigned_counsel_subject, assigned_counsel_name, created_at,
                    updated_at, first_response_due, first_responded_at)
                values ('%s', %d, '%s', 'سارا رضایی (Sara Rezaei)', 'fa', '%s',
                    'حقوق معوقه سه ماه - Unpaid salary for three months', 'شرح محرمانه پرونده',
                    'Acme Secret Works', 'COMPANY', 900000000, '%s', 'EMAIL', '%s', %s, %s,
                    now() - interval '%s', now(), %s, %s)""".formatted(number, member.id, member.accountSubject,
                category, urgency, status, counsel == null ? "null" : "'" + counsel + "'",
                counsel == null ? "null" : "'مشاور'", filedAgo, due, respondedAt));
        registry.sql("""
                insert into legal_aid_case_entry (case_id, kind, author_subject, author_name, author_role, body,
                    created_at)
                select id, k.kind, 'x', 'سارا رضایی', 'MEMBER', k.body, now() from legal_aid_case,
                    (values ('MESSAGE', 'پیام محرمانه عضو member message text'),
                            ('INTERNAL_NOTE', 'یادداشت داخلی مشاور internal counsel note')) k(kind, body)
                where case_number = '%s'""".formatted(number));
    }

    private void threeCases() {
        // Answered on time, by assigned counsel.
        legalAidCase("LA-1405-00001", sara, "UNPAID_WAGES", "HIGH", "IN_PROGRESS", "20 days",
                day(today.minusDays(17)), "now() - interval '18 days'", "counsel-1");
        // Answered a day late.
        legalAidCase("LA-1405-00002", sara, "CONTRACT_DISPUTE", "NORMAL", "RESOLVED", "20 days",
                day(today.minusDays(17)), "now() - interval '15 days'", "counsel-1");
        // Filed today, nobody has answered yet.
        legalAidCase("LA-1405-00003", ali, "OTHER", "URGENT", "SUBMITTED", "0 days", day(today.plusDays(3)), "null",
                null);
    }

    @Test
    void theLegalAidReportCarriesFiguresPerCase() throws IOException {
        threeCases();
        byte[] file = download(LEGAL_AID, Map.of());
        assertThat(header(file)).isEqualTo("caseNumber,category,urgency,status,filedOn,firstResponseDue,responded,"
                + "respondedOnTime,counselAssigned");
        List<CSVRecord> rows = rows(file);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).containsExactly("LA-1405-00001", "UNPAID_WAGES", "HIGH", "IN_PROGRESS",
                today.minusDays(20).toString(), today.minusDays(17).toString(), "yes", "yes", "yes");
        assertThat(rows.get(1).toList()).containsExactly("LA-1405-00002", "CONTRACT_DISPUTE", "NORMAL", "RESOLVED",
                today.minusDays(20).toString(), today.minusDays(17).toString(), "yes", "no", "yes");
        assertThat(rows.get(2).toList()).containsExactly("LA-1405-00003", "OTHER", "URGENT", "SUBMITTED",
                today.toString(), today.plusDays(3).toString(), "no", "", "no");
    }

    @Test
    void theLegalAidReportNeverCarriesWhatACaseIsAboutOrWhoIsInIt() {
        threeCases();
        String file = new String(download(LEGAL_AID, Map.of()), StandardCharsets.UTF_8);
        for (String confidential : CONFIDENTIAL) {
            assertThat(file).doesNotContain(confidential);
        }
        assertThat(file).doesNotContain(sara.membershipNumber).doesNotContain("900000000")
                .doesNotContain("COMPANY").doesNotContain("counsel-1").doesNotContain("مشاور");
    }

    @Test
    void legalAidCasesAreFilteredByTheDaysTheyWereFiled() throws IOException {
        threeCases();
        assertThat(column(LEGAL_AID, Map.of("from", today.toString()), "caseNumber")).containsExactly("LA-1405-00003");
        assertThat(column(LEGAL_AID, Map.of("to", jalali(today.minusDays(1))), "caseNumber"))
                .containsExactly("LA-1405-00001", "LA-1405-00002");
        assertThat(column(LEGAL_AID, Map.of("from", today.minusDays(19).toString(),
                "to", today.minusDays(1).toString()), "caseNumber")).isEmpty();
    }

    @Test
    void badLegalAidFiltersAreRefusedNamingEachParameter() {
        given().queryParam("from", "1405/13/40").queryParam("to", "soon")
                .when().get(LEGAL_AID)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("from", "to"));
    }

    @Test
    void manyPagesOfCasesStreamToTheLastRow() throws IOException {
        int cases = 1234; // more than two pages of 500
        registry.sql("""
                insert into legal_aid_case (case_number, member_id, account_subject, member_name, language, category,
                    subject, description, counterparty_name, counterparty_type, urgency, preferred_contact, status,
                    created_at, updated_at, first_response_due)
                select 'LA-1404-' || lpad(g::text, 5, '0'), %d, 'bulk', 'نام', 'fa', 'OTHER', 'subject ' || g,
                    'description', 'counterparty', 'PERSON', 'LOW', 'EMAIL', 'SUBMITTED',
                    now() - interval '1 day', now(), %s
                from generate_series(1, %d) g""".formatted(sara.id, day(today.plusDays(2)), cases));

        String text = new String(download(LEGAL_AID, Map.of()), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(cases + 1);
        assertThat(text).endsWith("\r\n");
        List<CSVRecord> rows = rows(text.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.stream().map(row -> row.get("caseNumber")).distinct()).hasSize(cases);
        assertThat(rows.get(0).get("caseNumber")).isEqualTo("LA-1404-00001");
        assertThat(rows.get(cases - 1).get("caseNumber")).isEqualTo("LA-1404-01234");
    }

    @Test
    void everyDownloadIsRecordedInTheAuditLog() {
        long before = registry.audited("report.download");
        download(APPLICATIONS, Map.of());
        download(CERTIFICATES, Map.of());
        download(LEGAL_AID, Map.of("from", today.toString()));
        assertThat(registry.audited("report.download")).isEqualTo(before + 3);
    }

    @Test
    void aRefusedFilterIsNotRecordedAsADownload() {
        long before = registry.audited("report.download");
        given().queryParam("status", "LOST").when().get(APPLICATIONS).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        assertThat(registry.audited("report.download")).isEqualTo(before);
    }

    /** A date literal: the database's current_date is a UTC day, the guild's days are Tehran days. */
    private static String day(LocalDate date) {
        return "date '" + date + "'";
    }

    private static String jalali(LocalDate date) {
        JalaliDates.JalaliDay day = JalaliDates.toJalali(date);
        return "%d/%02d/%02d".formatted(day.year(), day.month(), day.day());
    }

    private static String persianDigits(String text) {
        StringBuilder persian = new StringBuilder();
        text.chars().forEach(c -> persian.append(Character.isDigit(c) ? (char) ('۰' + c - '0') : (char) c));
        return persian.toString();
    }
}
