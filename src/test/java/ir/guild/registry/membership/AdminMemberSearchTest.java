package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ir.guild.registry.web.Language;

/** The admins' register: filters (EXPIRED included), search, pagination, and one member with their history. */
@QuarkusTest
class AdminMemberSearchTest {

    private static final String MEMBERS = "/api/v1/admin/members";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures fixtures;

    @Inject
    MemberService members;

    @Inject
    AgroalDataSource dataSource;

    private Member active;
    private Member expired;
    private Member suspended;
    private Member revoked;

    @BeforeEach
    void fourMembersInFourStates() {
        data.clear();
        active = fixtures.approve("active", MemberFixtures.form("مریم کاظمی", "Maryam Kazemi", "maryam@example.org",
                "TEHRAN"), "SENIOR", Language.FA);
        expired = fixtures.approve("expired", MemberFixtures.form("رضا کریمی", "Reza Karimi", "reza@example.org",
                "ESFAHAN"), "MEMBER", Language.FA);
        fixtures.validUntil(expired.membershipNumber, MemberFixtures.today().minusDays(1));
        suspended = fixtures.approve("suspended", MemberFixtures.form("نرگس حسینی", "Narges Hosseini",
                "narges@example.org", "TEHRAN"), "MEMBER", Language.FA);
        members.suspend(suspended.membershipNumber, "Unpaid dues", null, MemberFixtures.ADMIN, Language.EN);
        revoked = fixtures.approve("revoked", MemberFixtures.form("علی 100%_محمدی", "Ali Mohammadi",
                "ali@example.org", "FARS"), "ASSOCIATE", Language.FA);
        members.revoke(revoked.membershipNumber, "Forged documents", null, MemberFixtures.ADMIN, Language.EN);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void eachStatusFilterFindsExactlyItsMembersExpiredIncluded() {
        given().queryParam("status", "ACTIVE").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(active.membershipNumber)).body("total", equalTo(1))
                .body("items[0].status", equalTo("ACTIVE"));
        given().queryParam("status", "EXPIRED").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(expired.membershipNumber)).body("total", equalTo(1))
                .body("items[0].status", equalTo("EXPIRED"));
        given().queryParam("status", "suspended").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(suspended.membershipNumber));
        given().queryParam("status", "REVOKED").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(revoked.membershipNumber))
                .body("items[0].statusReason", equalTo("Forged documents"));
        given().when().get(MEMBERS).then().statusCode(200).body("total", equalTo(4))
                .body("items.membershipNumber", contains(revoked.membershipNumber, suspended.membershipNumber,
                        expired.membershipNumber, active.membershipNumber));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void gradeAndProvinceFiltersCombineWithStatus() {
        given().queryParam("grade", "MEMBER").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", containsInAnyOrder(expired.membershipNumber,
                        suspended.membershipNumber));
        given().queryParam("province", "TEHRAN").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", containsInAnyOrder(active.membershipNumber,
                        suspended.membershipNumber));
        given().queryParam("province", "TEHRAN").queryParam("grade", "MEMBER").queryParam("status", "SUSPENDED")
                .when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(suspended.membershipNumber));
        given().queryParam("province", "TEHRAN").queryParam("status", "EXPIRED")
                .when().get(MEMBERS).then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void searchLooksInNamesNationalIdNumberAndEmail() {
        // Persian name typed with the Arabic yeh and kaf, as some keyboards do.
        given().queryParam("q", "كاظمي").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(active.membershipNumber));
        given().queryParam("q", "KARIMI").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(expired.membershipNumber));
        given().queryParam("q", suspended.nationalId).when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(suspended.membershipNumber));
        given().queryParam("q", revoked.membershipNumber).when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(revoked.membershipNumber));
        given().queryParam("q", " Reza@Example.org ").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(expired.membershipNumber));
        given().queryParam("q", "nobody-like-this").when().get(MEMBERS).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aWholeNumberFindsItsMemberAndWhoeverWritesItInTheirEmailAndAPartOfOneFindsEveryNumberHoldingIt() {
        Member writesIt = fixtures.approve("writes-the-number", MemberFixtures.form("سارا احمدی", "Sara Ahmadi",
                active.membershipNumber + "@example.org", "TEHRAN"), "MEMBER", Language.FA);

        given().queryParam("q", active.membershipNumber).when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", containsInAnyOrder(active.membershipNumber, writesIt.membershipNumber))
                .body("total", equalTo(2));
        // The year and the dash: part of every number approved this year, so of all five.
        String year = active.membershipNumber.substring(0, 5);
        given().queryParam("q", year).when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", containsInAnyOrder(active.membershipNumber, expired.membershipNumber,
                        suspended.membershipNumber, revoked.membershipNumber, writesIt.membershipNumber));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void searchTakesPersianDigitsAndTreatsWildcardsAsText() {
        String persianDigits = active.membershipNumber.chars()
                .map(c -> Character.isDigit(c) ? '۰' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        given().queryParam("q", persianDigits).when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(active.membershipNumber));
        given().queryParam("q", "%").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(revoked.membershipNumber));
        given().queryParam("q", "0%_م").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(revoked.membershipNumber));
        given().queryParam("q", "_").when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(revoked.membershipNumber));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void pagesAreBoundedAndCounted() {
        given().queryParam("size", 1).when().get(MEMBERS).then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1)).body("page", equalTo(0)).body("total", equalTo(4))
                .body("items[0].membershipNumber", equalTo(revoked.membershipNumber));
        given().queryParam("size", 3).queryParam("page", 1).when().get(MEMBERS).then().statusCode(200)
                .body("items.membershipNumber", contains(active.membershipNumber)).body("page", equalTo(1));
        given().queryParam("size", 3).queryParam("page", 7).when().get(MEMBERS).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(4));
        given().queryParam("size", 100000).queryParam("page", -2).when().get(MEMBERS).then().statusCode(200)
                .body("size", equalTo(100)).body("page", equalTo(0)).body("items", hasSize(4));
        given().queryParam("size", 0).when().get(MEMBERS).then().statusCode(200).body("size", equalTo(20));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void unknownFilterCodesAre400NamingEachField() {
        given().queryParam("status", "GONE").queryParam("grade", "MASTER").queryParam("province", "ATLANTIS")
                .when().get(MEMBERS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("status", "grade", "province"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void oneMemberShowsEverythingAndTheirHistory() {
        given().contentType(ContentType.JSON).when().post(MEMBERS + "/" + suspended.membershipNumber + "/renewals")
                .then().statusCode(200);
        given().when().get(MEMBERS + "/" + suspended.membershipNumber).then().statusCode(200)
                .body("membershipNumber", equalTo(suspended.membershipNumber))
                .body("fullName", equalTo("نرگس حسینی"))
                .body("fullNameLatin", equalTo("Narges Hosseini"))
                .body("nationalId", equalTo(suspended.nationalId))
                .body("mobile", equalTo("09121234567"))
                .body("email", equalTo("narges@example.org"))
                .body("province", equalTo("TEHRAN"))
                .body("grade", equalTo("MEMBER"))
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Unpaid dues"))
                .body("validUntil", equalTo(suspended.validUntil.plusYears(1).toString()))
                .body("version", equalTo(suspended.version + 2))
                .body("history.action", hasItem("application.submit"))
                .body("history.action", hasItem("application.approve"))
                .body("history.action[-2]", equalTo("member.suspend"))
                .body("history.action[-1]", equalTo("member.renew"))
                .body("history[-1].actor", equalTo("demo-admin"))
                .body("history[-1].actorRole", equalTo("admin"));
        // A list item has no history; only one member's page carries it.
        given().queryParam("q", suspended.membershipNumber).when().get(MEMBERS).then().statusCode(200)
                .body("items[0].nationalId", equalTo(suspended.nationalId))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("history")));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void historyKeepsOrderAcrossTransitions() {
        for (String step : List.of("ACTIVE", "SUSPENDED", "REVOKED")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", step, "reason", "step " + step))
                    .when().post(MEMBERS + "/" + suspended.membershipNumber + "/status").then().statusCode(200);
        }
        List<String> actions = given().when().get(MEMBERS + "/" + suspended.membershipNumber)
                .then().statusCode(200).extract().jsonPath().getList("history.action", String.class);
        assertThat(actions.subList(actions.size() - 4, actions.size()))
                .containsExactly("member.suspend", "member.reinstate", "member.suspend", "member.revoke");
    }

    /**
     * The name searches' row estimates come from a sample of 1,000 indexed names, not the default
     * 100: with 100, a common surname was estimated at a thirtieth of its matches, and its first page
     * read and sorted every match instead of walking the membership numbers (docs/benchmarks.md).
     */
    @Test
    void theNameSearchIndexesKeepALargerStatisticsSample() throws SQLException {
        Map<String, Integer> targets = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.relname, a.attstattarget from pg_attribute a join pg_class c on c.oid = a.attrelid
                        where c.relname in ('member_search_full_name', 'member_search_full_name_latin',
                                            'member_search_email') and a.attnum = 1""")) {
            while (rows.next()) {
                targets.put(rows.getString(1), rows.getInt(2));
            }
        }
        assertThat(targets).containsOnly(Map.entry("member_search_full_name", 1000),
                Map.entry("member_search_full_name_latin", 1000), Map.entry("member_search_email", 1000));
    }
}
