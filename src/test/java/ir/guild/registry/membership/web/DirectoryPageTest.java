package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class DirectoryPageTest {

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    private List<Member> everyone;

    @BeforeEach
    void enrol() {
        data.clear();
        LocalDate today = LocalDate.now(GuildClock.ZONE);
        Member ali = members.enrol("page-ali", "علی محمدی", "Ali Mohammadi", "TEHRAN", List.of("BACKEND", "DEVOPS"),
                true);
        Member zahra = members.enrol("page-zahra", "زهرا کریمی", "Zahra Karimi", "ESFAHAN", List.of("FRONTEND"),
                true);
        Member hidden = members.enrol("page-hidden", "حسن پنهان", "Hassan Penhan", "TEHRAN", List.of("BACKEND"),
                false);
        Member expired = members.enrol("page-expired", "رضا گذشته", "Reza Gozashteh", "TEHRAN", List.of("BACKEND"),
                true);
        members.validUntil(expired, today.minusDays(1));
        Member suspended = members.enrol("page-suspended", "نرگس معلق", "Narges Moallagh", "FARS", List.of("QA"),
                true);
        members.status(suspended, Member.StoredStatus.SUSPENDED);
        everyone = List.of(ali, zahra, hidden, expired, suspended);
    }

    private static Document page(String query, String language, int status) {
        return Jsoup.parse(given().cookie(Language.COOKIE, language).when().get("/directory" + query)
                .then().statusCode(status).contentType(containsString("text/html")).extract().asString());
    }

    private static List<String> latinNames(Document page) {
        return page.select(".directory-entry .directory-name-latin").eachText();
    }

    @Test
    void anonymousVisitorsSeeOnlyActiveMembersWhoOptedInWithNoPersonalDetails() {
        String html = given().when().get("/directory").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(latinNames(page)).containsExactlyInAnyOrder("Ali Mohammadi", "Zahra Karimi");
        assertThat(page.selectFirst("#directory-total").text()).isEqualTo("۲ عضو پیدا شد.");
        for (Member member : everyone) {
            assertThat(html).doesNotContain(member.nationalId).doesNotContain(member.email)
                    .doesNotContain(member.mobile).doesNotContain(member.membershipNumber);
        }
        assertThat(html).doesNotContain("Penhan").doesNotContain("Gozashteh").doesNotContain("Moallagh");
    }

    @Test
    void anEntryShowsNameGradeProvinceSpecialtiesAndMemberSinceInPersian() {
        Element entry = page("?q=Ali", "fa", 200).selectFirst(".directory-entry");
        assertThat(entry.selectFirst(".directory-name").text()).isEqualTo("علی محمدی");
        assertThat(entry.selectFirst(".directory-name-latin").text()).isEqualTo("Ali Mohammadi");
        assertThat(entry.selectFirst(".directory-grade").text()).isEqualTo("عضو پیوسته");
        assertThat(entry.selectFirst(".directory-province").text()).isEqualTo("تهران");
        assertThat(entry.selectFirst(".directory-specialties").text())
                .isEqualTo("برنامه‌نویسی سمت سرور، دواپس و زیرساخت");
        assertThat(entry.selectFirst(".directory-member-since").text())
                .isEqualTo(JalaliDates.formatDate(everyone.get(0).memberSince, Locale.forLanguageTag("fa")))
                .doesNotContainPattern("[0-9]");
    }

    @Test
    void theEnglishPageUsesEnglishLabels() {
        Document page = page("?q=zahra", "en", 200);
        Element entry = page.selectFirst(".directory-entry");
        assertThat(entry.selectFirst(".directory-grade").text()).isEqualTo("Member");
        assertThat(entry.selectFirst(".directory-province").text()).isEqualTo("Isfahan");
        assertThat(entry.selectFirst(".directory-specialties").text()).isEqualTo("Web front-end development");
        assertThat(page.selectFirst("#directory-total").text()).isEqualTo("1 members found.");
    }

    @Test
    void theFormSearchesAndFiltersAndKeepsTheChoices() {
        Document page = page("?q=&specialty=FRONTEND&province=ESFAHAN", "fa", 200);
        assertThat(latinNames(page)).containsExactly("Zahra Karimi");
        assertThat(page.selectFirst("select#specialty option[selected]").val()).isEqualTo("FRONTEND");
        assertThat(page.selectFirst("select#province option[selected]").val()).isEqualTo("ESFAHAN");
        for (Element field : page.select("form[action=/directory] input, form[action=/directory] select")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
        }

        Document none = Jsoup.parse(given().queryParam("q", "  کسی   نيست ").when().get("/directory")
                .then().statusCode(200).extract().asString());
        assertThat(latinNames(none)).isEmpty();
        assertThat(none.selectFirst("#directory-empty")).isNotNull();
        assertThat(none.selectFirst("input#q").val()).isEqualTo("کسی نیست");
    }

    @Test
    void anUnknownFilterIsShownByItsFieldWith400() {
        Document page = page("?specialty=COBOL&province=TEHRAN", "en", 400);
        assertThat(page.selectFirst("#specialty-error").text()).isEqualTo("This is not one of the listed choices.");
        assertThat(page.selectFirst("select#specialty").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#province-error")).isEmpty();
        assertThat(page.select(".directory-entry")).isEmpty();
    }

    @Test
    void pagesLinkToEachOtherKeepingTheSearch() {
        Document first = page("?size=1&province=", "fa", 200);
        assertThat(latinNames(first)).hasSize(1);
        assertThat(first.select("#directory-pages a[rel=prev]")).isEmpty();
        String next = first.selectFirst("#directory-pages a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/directory?page=1&size=1");
        assertThat(first.selectFirst("#directory-pages span").text()).isEqualTo("صفحه ۱ از ۲");

        Document second = page(next.substring("/directory".length()), "fa", 200);
        assertThat(latinNames(second)).hasSize(1).doesNotContainAnyElementsOf(latinNames(first));
        assertThat(second.select("#directory-pages a[rel=next]")).isEmpty();
        assertThat(second.selectFirst("#directory-pages a[rel=prev]").attr("href"))
                .isEqualTo("/directory?page=0&size=1");

        Document filtered = page("?size=1&specialty=BACKEND", "fa", 200);
        assertThat(filtered.select("#directory-pages a[rel=next]")).isEmpty();

        Document searched = page("?size=1&q=a", "en", 200);
        assertThat(searched.selectFirst("#directory-pages a[rel=next]").attr("href"))
                .isEqualTo("/directory?page=1&q=a&size=1");
    }

    @Test
    @TestSecurity(user = "page-ali", roles = "member")
    void signedInMembersSeeTheSameDirectory() {
        assertThat(latinNames(page("", "fa", 200))).containsExactlyInAnyOrder("Ali Mohammadi", "Zahra Karimi");
    }
}
