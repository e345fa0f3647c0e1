package ir.guild.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.notify.ChosenChannels;
import ir.guild.registry.notify.SmsNotice;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * Every notice of the membership journey reaches a person who chose SMS as one short line and
 * the link of its page, in their language, while the email keeps what only it may carry: the
 * reasons staff wrote.
 */
@QuarkusTest
class MembershipNoticesTest {

    private static final String URL = "http://127.0.0.1:8080";
    private static final LocalDate TODAY = LocalDate.now(GuildClock.ZONE);
    private static final String SUBJECT = "notices-sara";
    private static final String REASON = "The portfolio link does not open";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures fixtures;

    @Inject
    ApplicationService applications;

    @Inject
    MemberService members;

    @Inject
    ExpiryReminders reminders;

    @Inject
    ChosenChannels channels;

    private String nationalId;

    @BeforeEach
    void clean() {
        data.clear();
        channels.forget(SUBJECT);
        channels.sms(SUBJECT);
        nationalId = Applicants.nationalId();
    }

    @AfterEach
    void forget() {
        channels.forget(SUBJECT);
    }

    private Application submitted(Language language) {
        return applications.submit(new CurrentPerson(SUBJECT, SUBJECT, SUBJECT, "sara@example.org", Set.of()),
                Applicants.record(nationalId), language);
    }

    private void decide(Application application, String decision, String reason) {
        applications.decide(application.id, new Decision(decision, reason, null,
                applications.find(application.id).orElseThrow().version), MemberFixtures.ADMIN, Language.EN);
    }

    private Member approved(Language language) {
        return fixtures.approve(SUBJECT, Applicants.record(nationalId), "MEMBER", language);
    }

    /** The one SMS queued after {@code outboxId}, which must be {@code text} and {@code link} and nothing else. */
    private SmsNotice onlySms(long outboxId, String text, String link) {
        List<SmsNotice> sms = channels.smsAfter(outboxId);
        assertThat(sms).singleElement().satisfies(notice -> {
            assertThat(notice.accountSubject()).isEqualTo(SUBJECT);
            assertThat(notice.text()).isEqualTo(text + "\n" + URL + link)
                    .doesNotContain(nationalId, "سارا", "Sara", REASON, ChosenChannels.MOBILE);
        });
        return sms.get(0);
    }

    private OutgoingMail onlyMail(long outboxId) {
        return fixtures.mailsAfter(outboxId).stream().reduce((a, b) -> {
            throw new AssertionError("more than one mail");
        }).orElseThrow();
    }

    @Test
    void aReceivedApplicationIsToldByShortSmsInPersianAndInEnglish() {
        long before = fixtures.lastOutboxId();
        submitted(Language.FA);
        onlySms(before, "درخواست عضویت شما در صنف ملی برنامه‌نویسان دریافت شد.", "/me");

        data.clear();
        before = fixtures.lastOutboxId();
        submitted(Language.EN);
        onlySms(before, "We received your application to join the national programmers' guild.", "/me");
    }

    @Test
    void anApprovalSmsNamesTheMembershipNumberAndNeverTheNationalId() {
        Application application = submitted(Language.FA);
        long before = fixtures.lastOutboxId();
        decide(application, "APPROVE", null);
        Member member = QuarkusTransaction.requiringNew()
                .call(() -> Member.byApplication(application.id).orElseThrow());
        onlySms(before, "عضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت: " + member.membershipNumber,
                "/me/card");
        assertThat(onlyMail(before).text()).contains(member.membershipNumber, "سارا رضایی");

        data.clear();
        before = fixtures.lastOutboxId();
        Member english = approved(Language.EN);
        List<SmsNotice> sms = channels.smsAfter(before);
        assertThat(sms).extracting(SmsNotice::text).containsExactly(
                "We received your application to join the national programmers' guild.\n" + URL + "/me",
                "Your membership of the national programmers' guild is approved. Membership number: "
                        + english.membershipNumber + "\n" + URL + "/me/card");
        assertThat(sms).extracting(SmsNotice::text).noneMatch(text -> text.contains(nationalId));
    }

    @Test
    void aRejectionSmsLeavesTheReasonToTheEmail() {
        Application application = submitted(Language.FA);
        long before = fixtures.lastOutboxId();
        decide(application, "REJECT", REASON);
        onlySms(before, "درخواست عضویت شما در صنف ملی برنامه‌نویسان پذیرفته نشد.", "/me");
        assertThat(onlyMail(before).text()).contains(REASON);

        data.clear();
        Application english = submitted(Language.EN);
        before = fixtures.lastOutboxId();
        decide(english, "REJECT", REASON);
        onlySms(before, "Your application to join the national programmers' guild was not accepted.", "/me");
        assertThat(onlyMail(before).text()).contains(REASON);
    }

    @Test
    void aRequestForInformationSmsLinksToTheFormWithoutTheQuestion() {
        Application application = submitted(Language.FA);
        long before = fixtures.lastOutboxId();
        decide(application, "REQUEST_INFO", REASON);
        onlySms(before, "درخواست عضویت شما به اطلاعات بیشتری نیاز دارد؛ آن را در سامانه کامل کنید.", "/apply");
        assertThat(onlyMail(before).text()).contains(REASON, URL + "/apply");

        data.clear();
        Application english = submitted(Language.EN);
        before = fixtures.lastOutboxId();
        decide(english, "REQUEST_INFO", REASON);
        onlySms(before, "Your membership application needs more information: please complete it in the registry.",
                "/apply");
    }

    @Test
    void suspensionAndRevocationSmsLeaveTheReasonToTheEmail() {
        Member member = approved(Language.FA);
        long before = fixtures.lastOutboxId();
        members.suspend(member.membershipNumber, REASON, null, MemberFixtures.ADMIN, Language.EN);
        onlySms(before, "عضویت شما به شماره " + member.membershipNumber + " در صنف ملی برنامه‌نویسان تعلیق شد.",
                "/me");
        assertThat(onlyMail(before).text()).contains(REASON);

        before = fixtures.lastOutboxId();
        members.reinstate(member.membershipNumber, null, MemberFixtures.ADMIN);
        onlySms(before, "تعلیق عضویت شما به شماره " + member.membershipNumber + " برداشته شد.", "/me/card");

        before = fixtures.lastOutboxId();
        members.revoke(member.membershipNumber, REASON, null, MemberFixtures.ADMIN, Language.EN);
        onlySms(before, "عضویت شما به شماره " + member.membershipNumber + " در صنف ملی برنامه‌نویسان لغو شد.",
                "/me");
        assertThat(onlyMail(before).text()).contains(REASON);

        data.clear();
        Member english = approved(Language.EN);
        before = fixtures.lastOutboxId();
        members.suspend(english.membershipNumber, REASON, null, MemberFixtures.ADMIN, Language.EN);
        onlySms(before, "Your membership of the national programmers' guild, number " + english.membershipNumber
                + ", is suspended.", "/me");
        before = fixtures.lastOutboxId();
        members.reinstate(english.membershipNumber, null, MemberFixtures.ADMIN);
        onlySms(before, "The suspension of your membership number " + english.membershipNumber + " is lifted.",
                "/me/card");
        before = fixtures.lastOutboxId();
        members.revoke(english.membershipNumber, REASON, null, MemberFixtures.ADMIN, Language.EN);
        onlySms(before, "Your membership of the national programmers' guild, number " + english.membershipNumber
                + ", is revoked.", "/me");
    }

    @Test
    void aReinstatementAfterTheValidityEndedLinksToTheDashboard() {
        Member member = approved(Language.EN);
        members.suspend(member.membershipNumber, REASON, null, MemberFixtures.ADMIN, Language.EN);
        fixtures.validUntil(member.membershipNumber, TODAY.minusDays(1));
        long before = fixtures.lastOutboxId();
        members.reinstate(member.membershipNumber, null, MemberFixtures.ADMIN);
        onlySms(before, "The suspension of your membership number " + member.membershipNumber + " is lifted.", "/me");
    }

    @Test
    void aRenewalSmsSaysUntilWhen() {
        Member member = approved(Language.FA);
        long before = fixtures.lastOutboxId();
        Member renewed = members.renew(member.membershipNumber, null, MemberFixtures.ADMIN);
        onlySms(before, "عضویت شما به شماره " + member.membershipNumber + " تمدید شد و تا "
                + JalaliDates.formatDate(renewed.validUntil, Language.FA.locale()) + " اعتبار دارد.", "/me/card");

        data.clear();
        Member english = approved(Language.EN);
        before = fixtures.lastOutboxId();
        renewed = members.renew(english.membershipNumber, null, MemberFixtures.ADMIN);
        onlySms(before, "Your membership number " + english.membershipNumber + " is renewed and valid until "
                + JalaliDates.formatDate(renewed.validUntil, Language.EN.locale()) + ".", "/me/card");
    }

    @Test
    void expiryRemindersReachSmsInTheMembersLanguage() {
        Member member = approved(Language.FA);
        LocalDate until = TODAY.plusDays(5);
        fixtures.validUntil(member.membershipNumber, until);
        long before = fixtures.lastOutboxId();
        assertThat(reminders.send(TODAY)).isEqualTo(1);
        onlySms(before, "عضویت شما به شماره " + member.membershipNumber + " در "
                + JalaliDates.formatDate(until, Language.FA.locale()) + " به پایان می‌رسد؛ آن را تمدید کنید.", "/me");

        data.clear();
        Member english = approved(Language.EN);
        fixtures.validUntil(english.membershipNumber, TODAY.minusDays(1));
        before = fixtures.lastOutboxId();
        assertThat(reminders.send(TODAY)).isEqualTo(1);
        onlySms(before, "Your membership number " + english.membershipNumber + " has expired: please renew it.",
                "/me");
    }
}
