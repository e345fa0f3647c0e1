package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.outbox.OutboxRelay;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The member hears of every status change and every message the desk writes to them, once,
 * in the language they filed the case in; subject lines never say what the case is about, and
 * internal notes never leave the desk.
 */
@QuarkusTest
class LegalAidMailTest {

    private static final String SARA = "sara-fa@example.org";
    private static final String LENA = "lena-en@example.org";
    private static final CurrentPerson COUNSEL = LegalAidFixtures.counsel("counsel-1");
    private static final CurrentPerson ADMIN = LegalAidFixtures.admin("admin-1");

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    LegalAidService cases;

    @Inject
    OutboxRelay relay;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.clear();
        mailbox.clear();
    }

    /** A case filed by a member with their own address and language; the mails of their approval are gone. */
    private LegalAidCase filed(String subject, String email, Language language) {
        Member member = members.approve(subject, MemberFixtures.form("سارا احمدی", "Sara Ahmadi", email, "TEHRAN"),
                "MEMBER", language);
        LegalAidCase legalCase = fixtures.filedBy(member);
        relay.deliverDue();
        mailbox.clear();
        return legalCase;
    }

    /** The mails to {@code address} once the outbox is delivered, forgotten afterwards. */
    private List<Mail> delivered(String address) {
        relay.deliverDue();
        List<Mail> mails = List.copyOf(mailbox.getMailsSentTo(address));
        mailbox.clear();
        return mails;
    }

    private Mail onlyMailTo(String address) {
        List<Mail> mails = delivered(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static CurrentPerson theMember(LegalAidCase legalCase) {
        return new CurrentPerson(legalCase.accountSubject, legalCase.accountSubject, legalCase.memberName, null,
                Set.of(Role.MEMBER));
    }

    private static String link(LegalAidCase legalCase) {
        return "http://127.0.0.1:8080/me/legal-aid/" + legalCase.id;
    }

    /** The subject names the case by its number only: nothing of what it is about, nor what anyone wrote. */
    private static void carriesNoCaseContent(Mail mail, String... alsoNot) {
        CaseForm form = LegalAidFixtures.form();
        assertThat(mail.getSubject()).doesNotContain(form.subject(), form.counterpartyName(), "Mehr", "payslips",
                form.amountInDispute());
        for (String text : alsoNot) {
            assertThat(mail.getSubject()).doesNotContain(text);
        }
    }

    @Test
    void eachStatusChangeEmailsTheMemberOnceInEnglishForAnEnglishCase() {
        LegalAidCase legalCase = filed("lena", LENA, Language.EN);
        String subject = "Your legal-aid case " + legalCase.caseNumber + " has an update";
        String today = JalaliDates.formatDate(MemberFixtures.today(), Language.EN.locale());

        fixtures.claim(legalCase.id, COUNSEL);
        Mail claimed = onlyMailTo(LENA);
        assertThat(claimed.getSubject()).isEqualTo(subject);
        assertThat(claimed.getText()).contains("Dear سارا احمدی", legalCase.caseNumber, "\"Given to a counsel\"",
                "on " + today, link(legalCase)).doesNotContain("{");

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.IN_PROGRESS, null);
        assertThat(onlyMailTo(LENA).getText()).contains("\"In progress\"").doesNotContain("wrote to you");

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.AWAITING_MEMBER, "Please send the last three payslips.");
        Mail asked = onlyMailTo(LENA);
        assertThat(asked.getSubject()).isEqualTo(subject);
        assertThat(asked.getText()).contains("\"Waiting for your answer\"", "the legal-aid desk wrote to you",
                "Please send the last three payslips.", link(legalCase));
        carriesNoCaseContent(asked, "payslips");

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.RESOLVED, null);
        assertThat(onlyMailTo(LENA).getText()).contains("\"Resolved\"");

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.CLOSED, null);
        Mail closed = onlyMailTo(LENA);
        assertThat(closed.getText()).contains("\"Closed\"");
        carriesNoCaseContent(closed);
    }

    @Test
    void aPersianCaseIsEmailedInPersianWithAJalaliDate() {
        LegalAidCase legalCase = filed("sara", SARA, Language.FA);
        String jalaliToday = JalaliDates.formatDate(MemberFixtures.today(), Language.FA.locale());

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.TRIAGED, null);
        Mail triaged = onlyMailTo(SARA);
        assertThat(triaged.getSubject()).isEqualTo("پرونده حمایت حقوقی " + legalCase.caseNumber + " شما به‌روز شد");
        assertThat(triaged.getText()).contains("سارا احمدی عزیز", "«بررسی اولیه شد»", "در " + jalaliToday,
                link(legalCase)).doesNotContain("triaged");
        assertThat(jalaliToday).containsPattern("[۰-۹]{4}");
        carriesNoCaseContent(triaged);
    }

    @Test
    void aDeclinedCaseTellsTheMemberTheReason() {
        LegalAidCase legalCase = filed("sara", SARA, Language.FA);

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.DECLINED, "این اختلاف در صلاحیت دادگاه خانواده است.");

        Mail declined = onlyMailTo(SARA);
        assertThat(declined.getText()).contains("پرونده " + legalCase.caseNumber + " را نپذیرفت",
                "این اختلاف در صلاحیت دادگاه خانواده است.");
        carriesNoCaseContent(declined, "دادگاه");
    }

    @Test
    void anAdminsAssignmentEmailsTheMemberOnceAndAHandOverDoesNot() {
        LegalAidCase legalCase = filed("lena", LENA, Language.EN);

        fixtures.assign(legalCase.id, ADMIN, COUNSEL);
        assertThat(onlyMailTo(LENA).getText()).contains("\"Given to a counsel\"");

        fixtures.assign(legalCase.id, ADMIN, LegalAidFixtures.counsel("counsel-2"));
        assertThat(delivered(LENA)).isEmpty();
    }

    @Test
    void eachStaffMessageEmailsTheMemberOnce() {
        LegalAidCase legalCase = filed("lena", LENA, Language.EN);
        fixtures.claim(legalCase.id, COUNSEL);
        delivered(LENA);

        cases.message(legalCase.id, COUNSEL, "Which month did the payments stop?", Language.EN);
        Mail first = onlyMailTo(LENA);
        assertThat(first.getSubject()).isEqualTo("Your legal-aid case " + legalCase.caseNumber + " has an update");
        assertThat(first.getText()).contains("the legal-aid desk wrote to you about your case " + legalCase.caseNumber,
                "Which month did the payments stop?", link(legalCase));
        carriesNoCaseContent(first, "month", "payments");

        cases.message(legalCase.id, ADMIN, "The desk will call you tomorrow.", Language.EN);
        assertThat(onlyMailTo(LENA).getText()).contains("The desk will call you tomorrow.");
    }

    @Test
    void theMembersOwnMessageDoesNotEmailThem() {
        LegalAidCase legalCase = filed("lena", LENA, Language.EN);
        CurrentPerson lena = theMember(legalCase);

        cases.message(legalCase.id, lena, "I found the contract too.", Language.EN);

        assertThat(delivered(LENA)).isEmpty();
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }

    @Test
    void theMemberIsEmailedWhenTheyWithdraw() {
        LegalAidCase legalCase = filed("lena", LENA, Language.EN);
        CurrentPerson lena = theMember(legalCase);

        cases.withdraw(legalCase.id, legalCase.version, lena);

        assertThat(onlyMailTo(LENA).getText()).contains("\"Withdrawn\"");
    }

    @Test
    void noMailEverCarriesAnInternalNote() {
        LegalAidCase legalCase = filed("lena", LENA, Language.EN);
        fixtures.note(legalCase.id, COUNSEL, LegalAidFixtures.NOTE);
        relay.deliverDue();
        assertThat(mailbox.getTotalMessagesSent()).isZero();

        fixtures.claim(legalCase.id, COUNSEL);
        fixtures.note(legalCase.id, COUNSEL, LegalAidFixtures.NOTE);
        fixtures.move(legalCase.id, COUNSEL, CaseStatus.IN_PROGRESS, null);
        cases.message(legalCase.id, COUNSEL, "We have started.", Language.EN);
        fixtures.move(legalCase.id, COUNSEL, CaseStatus.RESOLVED, "Settled with the employer.");

        List<Mail> mails = delivered(LENA);
        assertThat(mails).hasSize(4);
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.getSubject()).doesNotContain("cousin");
            assertThat(mail.getText()).doesNotContain(LegalAidFixtures.NOTE).doesNotContain("cousin");
        });
    }
}
