package ir.guild.registry.identity.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class MePageTest {

    private static final String PERSON = "dashboard-person";
    private static final CurrentPerson ADMIN = new CurrentPerson("admin-1", "demo-admin", "Admin", null,
            Set.of(Role.ADMIN));
    private static final Locale FA = Language.FA.locale();

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private static Document dashboard(Language language) {
        return Jsoup.parse(given().cookie(Language.COOKIE, language.code()).when().get("/me")
                .then().statusCode(200).extract().asString());
    }

    private Application applied() {
        return applications.submit(new CurrentPerson(PERSON, PERSON, PERSON, null, Set.of()),
                Applicants.record(Applicants.nationalId()), Language.FA);
    }

    private Member member(String grade) {
        Application application = applied();
        applications.decide(application.id, new Decision("APPROVE", null, grade, application.version), ADMIN,
                Language.EN);
        return QuarkusTransaction.requiringNew().call(() -> Member.byApplication(application.id).orElseThrow());
    }

    private static void setValidUntil(Member member, LocalDate validUntil) {
        QuarkusTransaction.requiringNew().run(() -> Member.update("validUntil = ?1 where id = ?2", validUntil,
                member.id));
    }

    private static LocalDate today() {
        return LocalDate.now(GuildClock.ZONE);
    }

    @Test
    @TestSecurity(user = PERSON)
    void someoneWithoutAnApplicationIsInvitedToApply() {
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#person-name").text()).isEqualTo(PERSON);
        assertThat(page.selectFirst("#person-roles").text()).isEqualTo("متقاضی (هنوز عضو صنف نیستید)");
        assertThat(page.selectFirst("#invitation a[href=/apply]")).isNotNull();
        assertThat(page.select("#membership, #application")).isEmpty();
        assertThat(page.select("#staff")).isEmpty();
    }

    @Test
    @TestSecurity(user = PERSON)
    void anApplicantSeesTheirApplicationUnderReview() {
        Application application = applied();
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#application-status").attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(page.selectFirst("#application-status").text()).isEqualTo("در انتظار بررسی");
        assertThat(page.selectFirst("#submitted-at").text())
                .isEqualTo(JalaliDates.formatDateTime(application.submittedAt, FA, GuildClock.ZONE))
                .matches(".*[۰-۹]{4}.*");
        assertThat(page.select("#invitation, #guild-request")).isEmpty();
    }

    @Test
    @TestSecurity(user = PERSON)
    void anApplicantAskedForMoreInformationSeesTheRequestAndALinkToTheForm() {
        Application application = applied();
        applications.decide(application.id,
                new Decision("REQUEST_INFO", "تصویر مدرک تحصیلی را بفرستید.", null, application.version), ADMIN,
                Language.FA);
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#application-status").attr("data-status")).isEqualTo("NEEDS_INFO");
        assertThat(page.selectFirst("#guild-request").text()).contains("تصویر مدرک تحصیلی را بفرستید.");
        assertThat(page.selectFirst("#guild-request a[href=/apply]")).isNotNull();
    }

    @Test
    @TestSecurity(user = PERSON)
    void aRejectedApplicantSeesTheReasonAndMayApplyAgain() {
        Application application = applied();
        applications.decide(application.id, new Decision("REJECT", "سابقه کار کافی نیست.", null,
                application.version), ADMIN, Language.FA);
        Document page = dashboard(Language.EN);
        assertThat(page.selectFirst("#application-status").text()).isEqualTo("Not accepted");
        assertThat(page.selectFirst("#application").text()).contains("سابقه کار کافی نیست.");
        assertThat(page.selectFirst("#application a[href=/apply]").text()).isEqualTo("Apply again");
    }

    @Test
    @TestSecurity(user = PERSON, roles = "member")
    void aMemberSeesTheirMembershipAndTheirCard() {
        Member member = member("SENIOR");
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#membership-number").text()).isEqualTo(member.membershipNumber);
        assertThat(page.selectFirst("#membership-grade").text()).isEqualTo("عضو ارشد");
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("فعال");
        assertThat(page.selectFirst("#membership-status").hasClass("text-bg-success")).isTrue();
        assertThat(page.selectFirst("#member-since").text()).isEqualTo(JalaliDates.formatDate(today(), FA));
        assertThat(page.selectFirst("#member-since").attr("datetime")).isEqualTo(today().toString());
        assertThat(page.selectFirst("#valid-until").text())
                .isEqualTo(JalaliDates.formatDate(member.validUntil, FA));
        assertThat(page.selectFirst("#card-link").attr("href")).isEqualTo("/me/card");
        assertThat(page.select("#renewal-note, #invitation, #application")).isEmpty();
        assertThat(page.select("#person-roles [data-role]").eachAttr("data-role")).containsExactly("member");
    }

    @Test
    @TestSecurity(user = PERSON, roles = "member")
    void anEnglishDashboardShowsGregorianDatesAndEnglishWords() {
        Member member = member("ASSOCIATE");
        Document page = dashboard(Language.EN);
        assertThat(page.selectFirst("#membership-grade").text()).isEqualTo("Associate");
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("Active");
        assertThat(page.selectFirst("#valid-until").text())
                .isEqualTo(JalaliDates.formatDate(member.validUntil, Locale.ENGLISH))
                .matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
    }

    @Test
    @TestSecurity(user = PERSON, roles = "member")
    void aMembershipEndingWithinThirtyDaysAsksForRenewal() {
        Member member = member("MEMBER");
        LocalDate end = today().plusDays(10);
        setValidUntil(member, end);
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("فعال");
        assertThat(page.selectFirst("#renewal-note").text()).contains(JalaliDates.formatDate(end, FA))
                .contains("تمدید");
    }

    @Test
    @TestSecurity(user = PERSON, roles = "member")
    void anExpiredMemberIsToldSoInWordsAndAskedToRenew() {
        Member member = member("MEMBER");
        setValidUntil(member, today().minusDays(1));
        Document page = dashboard(Language.EN);
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("Expired");
        assertThat(page.selectFirst("#membership-status").attr("data-status")).isEqualTo("EXPIRED");
        assertThat(page.selectFirst("#membership-status").hasClass("text-bg-success")).isFalse();
        assertThat(page.selectFirst("#renewal-note").text())
                .isEqualTo("Your membership has expired. Contact the guild's office to renew it.");
    }

    @Test
    @TestSecurity(user = PERSON, roles = "member")
    void aSuspendedMemberIsToldToContactTheGuild() {
        Member member = member("MEMBER");
        QuarkusTransaction.requiringNew().run(() -> Member.update("status = ?1 where id = ?2",
                Member.StoredStatus.SUSPENDED, member.id));
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("معلق");
        assertThat(page.selectFirst("#suspended-note")).isNotNull();
        assertThat(page.select("#renewal-note")).isEmpty();
    }

    @Test
    @TestSecurity(user = PERSON)
    void aRevokedMembershipIsStillShownWithItsReasonButNoCard() {
        Member member = member("MEMBER");
        QuarkusTransaction.requiringNew().run(() -> Member.update("status = ?1, statusReason = ?2 where id = ?3",
                Member.StoredStatus.REVOKED, "نقض آیین‌نامه", member.id));
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("لغوشده");
        assertThat(page.selectFirst("#revoked-note").text()).contains("نقض آیین‌نامه");
        assertThat(page.select("#card-link")).isEmpty();
    }

    @Test
    @TestSecurity(user = PERSON, roles = { "admin", "member" })
    void adminsFindTheApplicationsQueueFromTheirDashboard() {
        Document page = dashboard(Language.FA);
        assertThat(page.selectFirst("#staff a").attr("href")).isEqualTo("/admin/applications");
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        given().accept("text/html").when().get("/me").then().statusCode(401);
    }
}
