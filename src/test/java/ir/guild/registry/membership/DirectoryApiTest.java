package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import ir.guild.registry.web.GuildClock;

@QuarkusTest
class DirectoryApiTest {

    private static final String DIRECTORY = "/api/v1/directory";

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    private List<Member> everyone;

    @BeforeEach
    void enrol() {
        data.clear();
        LocalDate today = LocalDate.now(GuildClock.ZONE);
        Member ali = members.enrol("dir-ali", "علی محمدی", "Ali Mohammadi", "TEHRAN", List.of("BACKEND", "DEVOPS"),
                true);
        Member zahra = members.enrol("dir-zahra", "زهرا کریمی", "Zahra Karimi", "ESFAHAN", List.of("FRONTEND"), true);
        Member lastDay = members.enrol("dir-last", "مینا عباسی", "Mina Abbasi", "TEHRAN", List.of("FRONTEND", "QA"),
                true);
        members.validUntil(lastDay, today);
        Member hidden = members.enrol("dir-hidden", "حسن پنهان", "Hassan Penhan", "TEHRAN", List.of("BACKEND"), false);
        Member expired = members.enrol("dir-expired", "علی گذشته", "Ali Gozashteh", "TEHRAN", List.of("BACKEND"), true);
        members.validUntil(expired, today.minusDays(1));
        Member suspended = members.enrol("dir-suspended", "علی معلق", "Ali Moallagh", "TEHRAN", List.of("BACKEND"),
                true);
        members.status(suspended, Member.StoredStatus.SUSPENDED);
        Member revoked = members.enrol("dir-revoked", "علی لغو", "Ali Laghv", "TEHRAN", List.of("BACKEND"), true);
        members.status(revoked, Member.StoredStatus.REVOKED);
        everyone = List.of(ali, zahra, lastDay, hidden, expired, suspended, revoked);
    }

    private static List<String> latinNames(JsonPath json) {
        return json.getList("items.fullNameLatin", String.class);
    }

    @Test
    void anyoneSeesOnlyActiveMembersWhoOptedIn() {
        JsonPath json = given().when().get(DIRECTORY).then().statusCode(200).contentType("application/json")
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .extract().jsonPath();
        assertThat(latinNames(json)).containsExactlyInAnyOrder("Ali Mohammadi", "Zahra Karimi", "Mina Abbasi");
    }

    @Test
    void entriesCarryOnlyTheirPublicFields() {
        String body = given().when().get(DIRECTORY + "?q=Ali").then().statusCode(200)
                .body("items[0].fullName", equalTo("علی محمدی"))
                .body("items[0].fullNameLatin", equalTo("Ali Mohammadi"))
                .body("items[0].grade", equalTo("MEMBER"))
                .body("items[0].province", equalTo("TEHRAN"))
                .body("items[0].specialties", contains("BACKEND", "DEVOPS"))
                .body("items[0].memberSince", equalTo(LocalDate.now(GuildClock.ZONE).toString()))
                .extract().asString();
        Map<String, Object> entry = JsonPath.from(body).getMap("items[0]");
        assertThat(entry.keySet())
                .isEqualTo(Set.of("fullName", "fullNameLatin", "grade", "province", "specialties", "memberSince"));
        for (Member member : everyone) {
            assertThat(body).doesNotContain(member.nationalId).doesNotContain(member.email)
                    .doesNotContain(member.mobile).doesNotContain(member.membershipNumber);
        }
    }

    @Test
    void searchMatchesPersianOrLatinNamesWhateverTheCase() {
        assertThat(latinNames(given().when().get(DIRECTORY + "?q=zahra").then().statusCode(200).extract().jsonPath()))
                .containsExactly("Zahra Karimi");
        assertThat(latinNames(given().when().get(DIRECTORY + "?q=MOHAM").then().statusCode(200).extract().jsonPath()))
                .containsExactly("Ali Mohammadi");
        assertThat(latinNames(given().when().get(DIRECTORY + "?q=کریمی").then().statusCode(200).extract().jsonPath()))
                .containsExactly("Zahra Karimi");
        // Typed with an Arabic yeh and kaf, as some keyboards do.
        assertThat(latinNames(given().queryParam("q", "علي").when().get(DIRECTORY).then().statusCode(200)
                .extract().jsonPath())).containsExactly("Ali Mohammadi");
        assertThat(latinNames(given().queryParam("q", "زهرا كريمي").when().get(DIRECTORY).then().statusCode(200)
                .extract().jsonPath())).containsExactly("Zahra Karimi");
    }

    @Test
    void searchTextIsTakenLiterallyNotAsAPattern() {
        given().queryParam("q", "%").when().get(DIRECTORY).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "_").when().get(DIRECTORY).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void expiredSuspendedRevokedAndUnlistedMembersAreNeverFound() {
        for (String name : List.of("Penhan", "Gozashteh", "Moallagh", "Laghv")) {
            given().queryParam("q", name).when().get(DIRECTORY).then().statusCode(200)
                    .body("total", equalTo(0)).body("items", empty());
        }
    }

    @Test
    void filtersBySpecialtyAndProvinceTogetherOrApart() {
        assertThat(latinNames(given().when().get(DIRECTORY + "?specialty=FRONTEND").then().statusCode(200)
                .extract().jsonPath())).containsExactlyInAnyOrder("Zahra Karimi", "Mina Abbasi");
        assertThat(latinNames(given().when().get(DIRECTORY + "?province=tehran").then().statusCode(200)
                .extract().jsonPath())).containsExactlyInAnyOrder("Ali Mohammadi", "Mina Abbasi");
        assertThat(latinNames(given().when().get(DIRECTORY + "?specialty=FRONTEND&province=TEHRAN")
                .then().statusCode(200).extract().jsonPath())).containsExactly("Mina Abbasi");
        given().when().get(DIRECTORY + "?specialty=BACKEND&province=ESFAHAN").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void unknownCodesAndNonNumbersAreRefusedByName() {
        given().when().get(DIRECTORY + "?specialty=COBOL").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("specialty"));
        given().when().get(DIRECTORY + "?province=ATLANTIS").then().statusCode(400)
                .body("errors.field", contains("province"));
        given().when().get(DIRECTORY + "?page=first").then().statusCode(400).body("errors.field", contains("page"));
        given().when().get(DIRECTORY + "?size=lots").then().statusCode(400).body("errors.field", contains("size"));
        given().queryParam("q", "x".repeat(101)).when().get(DIRECTORY).then().statusCode(400)
                .body("errors.field", contains("q"));
    }

    @Test
    void pagesAreInNameOrderAndWithinBounds() {
        List<String> all = latinNames(given().when().get(DIRECTORY).then().extract().jsonPath());
        given().when().get(DIRECTORY + "?size=2&page=0").then().statusCode(200)
                .body("items.fullNameLatin", contains(all.get(0), all.get(1)))
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0));
        given().when().get(DIRECTORY + "?size=2&page=1").then().statusCode(200)
                .body("items.fullNameLatin", contains(all.get(2))).body("page", equalTo(1));
        given().when().get(DIRECTORY + "?size=2&page=2").then().statusCode(200).body("items", empty())
                .body("total", equalTo(3));
        given().when().get(DIRECTORY + "?size=5000").then().statusCode(200).body("size", equalTo(100));
        given().when().get(DIRECTORY + "?size=0").then().statusCode(200).body("size", equalTo(20));
        given().when().get(DIRECTORY + "?page=-3").then().statusCode(200).body("page", equalTo(0))
                .body("total", equalTo(3));
        given().when().get(DIRECTORY + "?page=2147483647&size=100").then().statusCode(200).body("items", empty());
        given().when().get(DIRECTORY + "?page=۱&size=۲").then().statusCode(200).body("page", equalTo(1))
                .body("size", equalTo(2));
    }

    @Test
    void aMemberLeavesTheDirectoryAsSoonAsTheyOptOutOrExpire() {
        Member ali = everyone.get(0);
        members.validUntil(ali, LocalDate.now(GuildClock.ZONE).minusDays(1));
        given().when().get(DIRECTORY + "?q=Mohammadi").then().body("total", equalTo(0));
        Member zahra = everyone.get(1);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> Member.update("directoryListed = false where id = ?1", zahra.id));
        given().when().get(DIRECTORY).then().body("total", equalTo(1))
                .body("items.fullNameLatin", contains("Mina Abbasi"));
    }

    @Test
    void theOpenApiDocumentDescribesTheDirectory() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/directory'.get.tags", contains("Directory"))
                .body("paths.'/api/v1/directory'.get.parameters.name",
                        containsInAnyOrder("q", "specialty", "province", "page", "size"))
                .body("paths.'/api/v1/directory'.get.responses.keySet()", containsInAnyOrder("200", "400"));
    }

    @Test
    @TestSecurity(user = "dir-ali", roles = "member")
    void membersSeeTheSameDirectoryAsEveryoneElse() {
        given().when().get(DIRECTORY).then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    @TestSecurity(user = "partner-4", roles = "partner")
    void partnerFirmsSeeTheSameDirectoryToo() {
        given().when().get(DIRECTORY).then().statusCode(200).body("total", equalTo(3));
    }
}
