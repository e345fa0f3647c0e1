package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.Language;

/**
 * The admins' member list stops counting at {@code guild.admin-search.count-cap} (here 3) and
 * says "more than" instead, while it still pages on; the JSON API keeps its exact total.
 */
@QuarkusTest
@TestProfile(AdminMembersPageCountCapTest.SmallCountCap.class)
class AdminMembersPageCountCapTest {

    public static class SmallCountCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guild.admin-search.count-cap", "3");
        }
    }

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures fixtures;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private static Document open(String path, Language language) {
        Response response = given().cookie(Language.COOKIE, language.code()).accept("text/html").when().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.asString());
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void upToTheCapTheExactCountIsShownAndPastItMoreThanTheCap() {
        for (int i = 0; i < 3; i++) {
            fixtures.approve("few-" + i);
        }
        Document three = open("/admin/members?q=sara", Language.EN);
        assertThat(three.selectFirst("#member-total").text()).isEqualTo("3 members");
        assertThat(three.selectFirst("#page-position")).isNull();

        fixtures.approve("one-more");
        Document four = open("/admin/members?q=sara", Language.EN);
        assertThat(four.selectFirst("#member-total").text()).isEqualTo("More than 3 members");
        assertThat(four.select("#members tbody tr")).hasSize(4);
        // Everything fits on this page: the position is shown without a last page, and no next link.
        assertThat(four.selectFirst("#page-position").text()).isEqualTo("Page 1");
        assertThat(four.selectFirst("#next-page")).isNull();

        Document persian = open("/admin/members?q=" + "رضا", Language.FA);
        assertThat(persian.selectFirst("#member-total").text()).isEqualTo("بیش از ۳ عضو");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void pastTheCapThePagesGoOnWithNextLinksUntilTheLastRow() {
        for (int i = 0; i < 22; i++) {
            fixtures.approve("many-" + i);
        }
        Document first = open("/admin/members?q=sara", Language.EN);
        assertThat(first.selectFirst("#member-total").text()).isEqualTo("More than 3 members");
        assertThat(first.select("#members tbody tr")).hasSize(20);
        assertThat(first.selectFirst("#page-position").text()).isEqualTo("Page 1");
        assertThat(first.selectFirst("#previous-page")).isNull();
        assertThat(first.selectFirst("#next-page").attr("href")).isEqualTo("/admin/members?q=sara&page=1");

        // Page 2 starts past the cap (20 > 3) and still lists the rest.
        Document second = open("/admin/members?q=sara&page=1", Language.FA);
        assertThat(second.selectFirst("#member-total").text()).isEqualTo("بیش از ۳ عضو");
        assertThat(second.select("#members tbody tr")).hasSize(2);
        assertThat(second.selectFirst("#page-position").text()).isEqualTo("صفحه ۲");
        assertThat(second.selectFirst("#previous-page").attr("href")).isEqualTo("/admin/members?q=sara&page=0");
        assertThat(second.selectFirst("#next-page")).isNull();

        Document beyond = open("/admin/members?q=sara&page=5", Language.EN);
        assertThat(beyond.selectFirst("#no-members")).isNotNull();
        assertThat(beyond.selectFirst("#previous-page").attr("href")).isEqualTo("/admin/members?q=sara&page=4");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theApiTotalStaysExactPastTheCap() {
        for (int i = 0; i < 5; i++) {
            fixtures.approve("api-" + i);
        }
        given().queryParam("q", "sara").queryParam("size", 2).when().get("/api/v1/admin/members")
                .then().statusCode(200).body("total", equalTo(5)).body("items", hasSize(2));
    }
}
