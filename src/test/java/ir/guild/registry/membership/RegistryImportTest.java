package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class RegistryImportTest {

    static final String IMPORT = "/api/v1/admin/members/import";
    static final List<String> COLUMNS = List.of("nationalId", "fullName", "fullNameLatin", "email", "mobile",
            "province", "city", "grade", "memberSince", "validUntil", "specialties", "directoryListed",
            "accountSubject");

    @Inject
    MembershipTestData data;

    @Inject
    RegistryFixtures fixtures;

    @Inject
    ApplicationService applications;

    @BeforeEach
    void clean() {
        data.clear();
    }

    /** A valid row of the import file, with some cells changed. */
    static String row(String nationalId, String... changes) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("nationalId", nationalId);
        cells.put("fullName", "مریم احمدی");
        cells.put("fullNameLatin", "Maryam Ahmadi");
        cells.put("email", "maryam@example.org");
        cells.put("mobile", "09351234567");
        cells.put("province", "ESFAHAN");
        cells.put("city", "اصفهان");
        cells.put("grade", "MEMBER");
        cells.put("memberSince", "2021-03-21");
        cells.put("validUntil", "2099-03-20");
        cells.put("specialties", "BACKEND;QA");
        cells.put("directoryListed", "false");
        cells.put("accountSubject", "");
        for (String change : changes) {
            int equals = change.indexOf('=');
            cells.put(change.substring(0, equals), change.substring(equals + 1));
        }
        return CSVFormat.DEFAULT.format(cells.values().toArray());
    }

    static String header() {
        return String.join(",", COLUMNS);
    }

    private static ValidatableResponse post(String dryRun, byte[] file) {
        return given().contentType("text/csv").header("Accept-Language", "en").body(file)
                .when().post(IMPORT + "?dryRun=" + dryRun).then();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aDryRunReportsEachBadRowAndWritesNothing() {
        long audited = fixtures.audited("member.import");
        byte[] file = RegistryFixtures.csv(header(),
                row(Applicants.nationalId()),
                row("1234567890", "mobile=12345"),
                row(Applicants.nationalId(), "email=", "province=ATLANTIS"),
                row(Applicants.nationalId(), "memberSince=2022-05-01", "validUntil=2022-04-30", "specialties=COBOL"),
                row(Applicants.nationalId(), "memberSince=" + RegistryFixtures.today().plusDays(3),
                        "directoryListed=perhaps", "validUntil=30/02/2024"));

        JsonPath report = post("true", file).statusCode(200).extract().jsonPath();

        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getInt("rows")).isEqualTo(5);
        assertThat(report.getInt("created")).isEqualTo(1);
        assertThat(report.getInt("unchanged")).isZero();
        assertThat(report.getList("errors", Map.class))
                .extracting(error -> error.get("row"), error -> error.get("field"))
                .containsExactly(
                        tuple(3, "nationalId"), tuple(3, "mobile"),
                        tuple(4, "email"), tuple(4, "province"),
                        tuple(5, "validUntil"), tuple(5, "specialties"),
                        tuple(6, "memberSince"), tuple(6, "validUntil"), tuple(6, "directoryListed"));
        assertThat(report.getString("errors.find { it.row == 3 && it.field == 'nationalId' }.message"))
                .isEqualTo("This is not a valid Iranian national ID.");
        assertThat(report.getString("errors.find { it.row == 5 && it.field == 'validUntil' }.message"))
                .isEqualTo("Must be after memberSince.");

        assertThat(data.members()).isZero();
        assertThat(fixtures.numbersAllocated()).isZero();
        assertThat(fixtures.audited("member.import")).isEqualTo(audited);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aCleanDryRunStillWritesNothing() {
        post("true", RegistryFixtures.csv(header(), row(Applicants.nationalId()), row(Applicants.nationalId())))
                .statusCode(200).body("created", equalTo(2)).body("errors", empty());
        assertThat(data.members()).isZero();
        assertThat(fixtures.numbersAllocated()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aDryRunIsTheDefault() {
        given().contentType("text/csv").body(RegistryFixtures.csv(header(), row(Applicants.nationalId())))
                .when().post(IMPORT).then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRealRunCreatesActiveMembersWithFreshNumbers() {
        String first = Applicants.nationalId();
        String second = Applicants.nationalId();
        long audited = fixtures.audited("member.import");
        byte[] file = RegistryFixtures.csv(header(),
                row(first),
                row(RegistryExportTest.persianDigits(second), "fullName=علي كريمي", "fullNameLatin=Ali Karimi",
                        "mobile=+98 912 000 1122", "grade=senior", "memberSince=۱۴۰۲/۰۵/۱۲",
                        "validUntil=1405/05/11", "specialties=devops; security", "directoryListed=yes",
                        "accountSubject=5b1c0d0e-8f0a-4c1e-9d1a-0123456789ab"));

        post("false", file).statusCode(200)
                .body("dryRun", equalTo(false)).body("rows", equalTo(2)).body("created", equalTo(2))
                .body("unchanged", equalTo(0)).body("errors", empty());

        List<Member> members = fixtures.members();
        assertThat(members).hasSize(2);
        String year = members.get(0).membershipNumber.substring(0, 4);
        assertThat(members).extracting(member -> member.membershipNumber)
                .containsExactly(year + "-000001", year + "-000002");
        Member maryam = fixtures.byNationalId(first);
        assertThat(maryam.status).isEqualTo(Member.StoredStatus.ACTIVE);
        assertThat(maryam.accountSubject).isEqualTo("import:" + first);
        assertThat(maryam.applicationId).isNull();
        assertThat(maryam.fullName).isEqualTo("مریم احمدی");
        assertThat(maryam.province).isEqualTo(Province.ESFAHAN);
        assertThat(maryam.grade).isEqualTo(Grade.MEMBER);
        assertThat(maryam.memberSince).isEqualTo(LocalDate.of(2021, 3, 21));
        assertThat(maryam.validUntil).isEqualTo(LocalDate.of(2099, 3, 20));
        assertThat(maryam.specialties).containsExactlyInAnyOrder(Specialty.BACKEND, Specialty.QA);
        assertThat(maryam.directoryListed).isFalse();

        Member ali = fixtures.byNationalId(second);
        assertThat(ali.fullName).isEqualTo("علی کریمی");
        assertThat(ali.mobile).isEqualTo("09120001122");
        assertThat(ali.grade).isEqualTo(Grade.SENIOR);
        assertThat(ali.memberSince).isEqualTo(LocalDate.of(2023, 8, 3));
        assertThat(ali.validUntil).isEqualTo(LocalDate.of(2026, 8, 2));
        assertThat(ali.specialties).isEqualTo(EnumSet.of(Specialty.DEVOPS, Specialty.SECURITY));
        assertThat(ali.directoryListed).isTrue();
        assertThat(ali.accountSubject).isEqualTo("5b1c0d0e-8f0a-4c1e-9d1a-0123456789ab");

        assertThat(fixtures.audited("member.import")).isEqualTo(audited + 2);
        // Only the member with a known account gets the member role in Keycloak.
        assertThat(data.outbox(KeycloakRoles.KIND)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFileOfManyRowsGetsGaplessNumbersAndOneAuditEntryPerMember() {
        int count = RegistryImport.WRITE_CHUNK * 2 + 7;
        String[] lines = new String[count + 1];
        lines[0] = header();
        for (int i = 1; i <= count; i++) {
            lines[i] = row(Applicants.nationalId(), "fullNameLatin=Member " + i);
        }
        long audited = fixtures.audited("member.import");
        long lastEntry = fixtures.lastAuditId();

        post("false", RegistryFixtures.csv(lines)).statusCode(200).body("created", equalTo(count));

        List<Member> members = fixtures.members();
        assertThat(members).hasSize(count);
        String year = members.get(0).membershipNumber.substring(0, 4);
        for (int i = 0; i < count; i++) {
            assertThat(members.get(i).membershipNumber).isEqualTo(String.format("%s-%06d", year, i + 1));
            assertThat(members.get(i).fullNameLatin).isEqualTo("Member " + (i + 1));
            assertThat(members.get(i).specialties).containsExactlyInAnyOrder(Specialty.BACKEND, Specialty.QA);
        }
        assertThat(fixtures.audited("member.import")).isEqualTo(audited + count);
        assertThat(fixtures.auditLinksBrokenAfter(lastEntry)).isZero();
        assertThat(fixtures.auditedAbout(members.get(count - 1).id)).singleElement().asString()
                .contains("row " + (count + 1)).contains(members.get(count - 1).membershipNumber);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aMemberNumberTakenMeanwhileMakesTheImportAConflictThatWritesNothing() {
        fixtures.member("sara", "سارا رضایی", "Sara Rezaei", "TEHRAN", "SENIOR");
        // As if another approval had taken the next number without the sequence knowing.
        fixtures.sql("update membership_number_sequence set last_value = last_value - 1");
        long numbers = fixtures.numbersAllocated();
        long audited = fixtures.audited("member.import");
        byte[] file = RegistryFixtures.csv(header(), row(Applicants.nationalId()), row(Applicants.nationalId()));

        post("false", file).statusCode(409);

        assertThat(fixtures.members()).hasSize(1);
        assertThat(fixtures.numbersAllocated()).isEqualTo(numbers);
        assertThat(fixtures.audited("member.import")).isEqualTo(audited);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFileWithMoreMembersThanTheYearHasNumbersLeftIsAConflictThatWritesNothing() {
        int year = JalaliDates.jalaliYear(RegistryFixtures.today());
        fixtures.sql("insert into membership_number_sequence (jalali_year, last_value) values (" + year + ", 999998)");
        long audited = fixtures.audited("member.import");
        byte[] file = RegistryFixtures.csv(header(), row(Applicants.nationalId()), row(Applicants.nationalId()));

        post("false", file).statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The membership numbers of the year " + year + " end at " + year
                        + "-999999: 1 are left, and 2 were asked for"));

        assertThat(fixtures.members()).isEmpty();
        assertThat(fixtures.numbersAllocated()).isEqualTo(999_998);
        assertThat(fixtures.audited("member.import")).isEqualTo(audited);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        byte[] file = RegistryFixtures.csv(header(), row(Applicants.nationalId()),
                row(Applicants.nationalId(), "grade=ASSOCIATE"), row(Applicants.nationalId(), "province=FARS"));
        post("false", file).statusCode(200).body("created", equalTo(3));
        List<String> before = snapshot();
        long numbers = fixtures.numbersAllocated();
        long audited = fixtures.audited("member.import");

        post("false", file).statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(0)).body("unchanged", equalTo(3));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(fixtures.numbersAllocated()).isEqualTo(numbers);
        assertThat(fixtures.audited("member.import")).isEqualTo(audited);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aNationalIdThatIsAlreadyAMemberIsLeftAsItIs() {
        Member sara = fixtures.member("sara", "سارا رضایی", "Sara Rezaei", "TEHRAN", "SENIOR");
        byte[] file = RegistryFixtures.csv(header(), row(sara.nationalId, "fullName=کسی دیگر", "grade=ASSOCIATE"),
                row(Applicants.nationalId()));

        post("false", file).statusCode(200).body("created", equalTo(1)).body("unchanged", equalTo(1));

        Member after = fixtures.byNationalId(sara.nationalId);
        assertThat(after.fullName).isEqualTo("سارا رضایی");
        assertThat(after.grade).isEqualTo(Grade.SENIOR);
        assertThat(after.version).isEqualTo(sara.version);
        assertThat(data.members()).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFileWithOneBadRowImportsNothingAndNamesTheRow() {
        long audited = fixtures.audited("member.import");
        byte[] file = RegistryFixtures.csv(header(), row(Applicants.nationalId()), row(Applicants.nationalId(),
                "email=not-an-email"), row(Applicants.nationalId()));

        post("false", file).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("rows[3].email"))
                .body("errors[0].message", equalTo("This is not a valid email address."));

        assertThat(data.members()).isZero();
        assertThat(fixtures.numbersAllocated()).isZero();
        assertThat(fixtures.audited("member.import")).isEqualTo(audited);
        assertThat(data.outbox(KeycloakRoles.KIND)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aNationalIdTwiceInOneFileIsAnErrorOnTheSecondOccurrence() {
        String twice = Applicants.nationalId();
        byte[] file = RegistryFixtures.csv(header(), row(twice, "accountSubject=acct-7"), row(Applicants.nationalId()),
                row(RegistryExportTest.persianDigits(twice)), row(Applicants.nationalId(), "accountSubject=acct-7"));

        post("true", file).statusCode(200)
                .body("created", equalTo(2))
                .body("errors.row", contains(4, 5))
                .body("errors.field", contains("nationalId", "accountSubject"))
                .body("errors[0].message", equalTo("This national ID is also in row 2."))
                .body("errors[1].message", equalTo("This account is also in row 2."));

        post("false", file).statusCode(400).body("errors.field", contains("rows[4].nationalId",
                "rows[5].accountSubject"));
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aPersonWithAnOpenApplicationOrAnAccountAlreadyInUseIsNotImported() {
        Application open = applications.submit(ApplicationApiTest.person("applying"),
                Applicants.record(Applicants.nationalId()), Language.FA);
        fixtures.member("taken", "سارا رضایی", "Sara Rezaei", "TEHRAN", "MEMBER");
        byte[] file = RegistryFixtures.csv(header(),
                row(open.nationalId),
                row(Applicants.nationalId(), "accountSubject=taken"),
                row(Applicants.nationalId(), "accountSubject=applying"),
                row(Applicants.nationalId(), "accountSubject=import:0012345678"));

        post("true", file).statusCode(200)
                .body("created", equalTo(0))
                .body("errors.row", contains(2, 3, 4, 5))
                .body("errors.field", contains("nationalId", "accountSubject", "accountSubject", "accountSubject"))
                .body("errors[0].message", equalTo("This national ID has an open application; decide it first."))
                .body("errors[1].message", equalTo("This account already holds another membership."))
                .body("errors[2].message", equalTo("This account has an open application; decide it first."));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void missingAndUnknownColumnsAreErrorsOfTheHeaderRow() {
        byte[] file = RegistryFixtures.csv("nationalId,fullName,fullNameLatin,email,phone,province,city,grade,"
                + "memberSince,validUntil,specialties,grade", "0012345678,a,b,c,d,e,f,g,h,i,j,k");

        post("true", file).statusCode(200)
                .body("rows", equalTo(1))
                .body("errors.row", contains(1, 1, 1))
                .body("errors.field", contains("mobile", "grade", "phone"))
                .body("errors.message", contains("The header row lacks this column.", "This column appears twice.",
                        "This is not a column of the registry."));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void columnsComeInAnyOrderAndCaseAndBlankLinesKeepTheFilesRowNumbers() {
        String id = Applicants.nationalId();
        byte[] file = RegistryFixtures.csv(
                "Grade,NATIONALID,fullname,fullNameLatin,email,mobile,province,city,memberSince,validUntil,specialties",
                "SENIOR," + id + ",ژاله صادقی,Zhaleh Sadeghi,zhaleh@example.org,09131112233,YAZD,یزد,2020-01-01,"
                        + "2030-01-01,UI_UX",
                "",
                ",,,,,,,,,,",
                "MEMBER,12,x,y,zhaleh@example.org,09131112233,YAZD,یزد,2020-01-01,2030-01-01,QA");

        post("true", file).statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(1))
                .body("errors.row", contains(5)).body("errors.field", contains("nationalId"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRowWithMoreCellsThanTheHeaderIsAnErrorOfTheWholeRow() {
        byte[] file = RegistryFixtures.csv(header(), row(Applicants.nationalId()) + ",surplus");
        post("true", file).statusCode(200)
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo(null))
                .body("errors[0].message", equalTo("This row has 14 cells, more than the 13 columns of the header."));
        post("false", file).statusCode(400).body("errors.field", contains("rows[2]"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anExportedFileImportsBackAsTheSameMembers() {
        Member sara = fixtures.member("sara", "سارا رضایی", "Sara Rezaei", "TEHRAN", "SENIOR");
        fixtures.update("fullNameLatin", "=Sara", sara.id);
        byte[] exported = given().when().get(RegistryExportTest.EXPORT).then().statusCode(200).extract().asByteArray();

        post("true", exported).statusCode(200).body("unchanged", equalTo(1)).body("errors", empty());

        data.clear();
        post("false", exported).statusCode(200).body("created", equalTo(1));
        Member back = fixtures.byNationalId(sara.nationalId);
        assertThat(back.fullName).isEqualTo("سارا رضایی");
        assertThat(back.fullNameLatin).isEqualTo("=Sara");
        assertThat(back.grade).isEqualTo(Grade.SENIOR);
        assertThat(back.specialties).isEqualTo(EnumSet.of(Specialty.BACKEND, Specialty.DEVOPS));
        assertThat(back.memberSince).isEqualTo(sara.memberSince);
        assertThat(back.validUntil).isEqualTo(sara.validUntil);
        assertThat(back.directoryListed).isTrue();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFileThatIsNotUtf8CsvIsRefusedAsAWhole() {
        byte[] windows1256 = (header() + "\r\n" + row(Applicants.nationalId()))
                .getBytes(Charset.forName("windows-1256"));
        post("true", windows1256).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("file"))
                .body("errors[0].message", equalTo("The file must be saved as UTF-8 (in Excel: \"CSV UTF-8\")."));

        post("true", RegistryFixtures.csv(header(), row(Applicants.nationalId()), "\"unfinished,quote"))
                .statusCode(400).body("errors.field", contains("file"))
                .body("errors[0].message", equalTo("The file is not valid CSV after row 2."));

        post("false", new byte[0]).statusCode(400).body("errors.field", contains("file"));
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void oneByteThatIsNotUtf8FarIntoTheFileRefusesTheWholeFile() {
        String[] lines = new String[2001];
        lines[0] = header();
        for (int i = 1; i < lines.length; i++) {
            lines[i] = row(Applicants.nationalId());
        }
        byte[] valid = RegistryFixtures.csv(lines);
        byte[] file = Arrays.copyOf(valid, valid.length + 1);
        file[valid.length] = (byte) 0xC3; // the first byte of a two-byte sequence, and nothing after it

        post("false", file).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("file"))
                .body("errors[0].message", equalTo("The file must be saved as UTF-8 (in Excel: \"CSV UTF-8\")."));
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFileWithTheByteOrderMarkExcelWritesIsRead() {
        // A quoted first cell right after the mark: were the mark left in, the quote would not open the cell.
        String header = "\uFEFF\"" + COLUMNS.get(0) + "\"," + String.join(",", COLUMNS.subList(1, COLUMNS.size()));
        byte[] file = RegistryFixtures.csv(header, row(Applicants.nationalId()));

        post("false", file).statusCode(200)
                .body("rows", equalTo(1))
                .body("created", equalTo(1))
                .body("errors", empty());
        assertThat(data.members()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void dryRunIsEitherTrueOrFalse() {
        post("perhaps", RegistryFixtures.csv(header(), row(Applicants.nationalId())))
                .statusCode(400).body("errors.field", contains("dryRun"));
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void errorsSpeakPersianToPersianClients() {
        given().contentType("text/csv").header("Accept-Language", "fa")
                .body(RegistryFixtures.csv(header(), row("1234567890")))
                .when().post(IMPORT + "?dryRun=true")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("کد ملی معتبر نیست."));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFileLargerThanThePlatformLimitIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        post("true", huge).statusCode(413).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void membersCannotImport() {
        refused(403);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = { "assessor", "member" })
    void assessorsCannotImport() {
        refused(403);
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = { "counsel", "member" })
    void counselCannotImport() {
        refused(403);
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnersCannotImport() {
        refused(403);
    }

    @Test
    @TestSecurity(user = "someone")
    void applicantsCannotImport() {
        refused(403);
    }

    @Test
    void anonymousCallersAre401() {
        refused(401);
    }

    private void refused(int status) {
        post("false", RegistryFixtures.csv(header(), row(Applicants.nationalId())))
                .statusCode(status).contentType("application/problem+json");
        assertThat(data.members()).isZero();
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (Member member : fixtures.members()) {
            rows.add(member.id + "|" + member.membershipNumber + "|" + member.nationalId + "|" + member.fullName + "|"
                    + member.grade + "|" + member.province + "|" + member.accountSubject + "|" + member.version);
        }
        return rows;
    }
}
