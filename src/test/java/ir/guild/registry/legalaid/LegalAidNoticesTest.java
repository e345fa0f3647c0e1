package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.notify.ChosenChannels;
import ir.guild.registry.notify.SmsNotice;
import ir.guild.registry.web.Language;

/**
 * By SMS the legal-aid desk says no more than that a case has an update, naming it by its
 * number, whatever the email carries (the desk's message, a reason for declining); the overdue
 * alert reaches admins who chose SMS beside its mail, and configured addresses by mail only.
 */
@QuarkusTest
class LegalAidNoticesTest {

    private static final String URL = "http://127.0.0.1:8080";
    private static final String SUBJECT = "notices-legal";
    private static final String ADMIN = "notices-admin";
    private static final String DESK_SAYS = "Please send the signed contract and your last three payslips";
    private static final CurrentPerson COUNSEL = LegalAidFixtures.counsel("notices-counsel");

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    LegalAidService cases;

    @Inject
    OverdueAlerts alerts;

    @Inject
    ChosenChannels channels;

    @Inject
    MockMailbox mailbox;

    private Member member;

    @BeforeEach
    void aMemberWhoChoseSms() {
        fixtures.clear();
        mailbox.clear();
        channels.forget(SUBJECT, ADMIN);
        member = fixtures.member(SUBJECT);
        channels.sms(SUBJECT);
    }

    @AfterEach
    void forget() {
        channels.forget(SUBJECT, ADMIN);
        mailbox.clear();
    }

    private LegalAidCase filed(Language language) {
        return fixtures.reload(cases.file(LegalAidFixtures.person(member), LegalAidFixtures.form(), language).id);
    }

    /** Every SMS after {@code outboxId} is exactly the update line of {@code legalCase} and its link. */
    private List<SmsNotice> updates(long outboxId, LegalAidCase legalCase, String line, int count) {
        List<SmsNotice> sms = channels.smsAfter(outboxId);
        assertThat(sms).hasSize(count).allSatisfy(notice -> {
            assertThat(notice.accountSubject()).isEqualTo(SUBJECT);
            assertThat(notice.text()).isEqualTo(line + "\n" + URL + "/me/legal-aid/" + legalCase.id)
                    .doesNotContain(DESK_SAYS, legalCase.subject, "Mehr", "payslips", legalCase.counterpartyName,
                            "250", legalCase.memberName);
        });
        return sms;
    }

    @Test
    void statusChangesAndMessagesFromTheDeskAreOnlyAnUpdateBySms() {
        LegalAidCase legalCase = filed(Language.FA);
        String line = "پرونده حمایت حقوقی " + legalCase.caseNumber + " شما به‌روز شد.";
        long before = members.lastOutboxId();

        fixtures.working(legalCase.id, COUNSEL);
        fixtures.move(legalCase.id, COUNSEL, CaseStatus.AWAITING_MEMBER, DESK_SAYS);
        cases.message(legalCase.id, COUNSEL, DESK_SAYS, Language.EN);

        // Assigned, in progress, awaiting the member with a message, and a message: four updates.
        updates(before, legalCase, line, 4);
        assertThat(members.mailsAfter(before)).hasSize(4)
                .filteredOn(mail -> mail.text().contains(DESK_SAYS)).hasSize(2);
    }

    @Test
    void aDeclineIsOnlyAnUpdateBySmsInEnglishToo() {
        fixtures.clear();
        member = members.approve(SUBJECT, Applicants.record(Applicants.nationalId()), "MEMBER", Language.EN);
        LegalAidCase legalCase = filed(Language.EN);
        fixtures.claim(legalCase.id, COUNSEL);
        long before = members.lastOutboxId();

        fixtures.move(legalCase.id, COUNSEL, CaseStatus.DECLINED, DESK_SAYS);

        updates(before, legalCase, "There is an update on your legal-aid case " + legalCase.caseNumber + ".", 1);
        assertThat(members.mailsAfter(before)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains(DESK_SAYS));
    }

    @Test
    void theOverdueAlertReachesAnAdminWhoChoseSmsBesideTheMailAndAnAddressByMailOnly() {
        // SMS go only to a number on record: this admin is also a member of the guild.
        if (QuarkusTransaction.requiringNew().call(() -> Member.currentOf(ADMIN)).isEmpty()) {
            members.approve(ADMIN);
        }
        channels.sms(ADMIN);
        LegalAidCase legalCase = filed(Language.FA);
        long before = members.lastOutboxId();

        alerts.tell(legalCase, List.of(new OverdueAlerts.Recipient("admin@guild.test", Language.EN, ADMIN),
                new OverdueAlerts.Recipient("desk@guild.test", Language.FA)), 0);

        assertThat(mailbox.getMailsSentTo("admin@guild.test")).singleElement()
                .satisfies(mail -> assertThat(mail.getText()).contains("Category: Unpaid wages"));
        assertThat(mailbox.getMailsSentTo("desk@guild.test")).hasSize(1);
        assertThat(channels.smsAfter(before)).singleElement().satisfies(sms -> {
            assertThat(sms.accountSubject()).isEqualTo(ADMIN);
            assertThat(sms.text()).isEqualTo("The first response to legal-aid case " + legalCase.caseNumber
                    + " is overdue.\n" + URL + "/counsel/cases/" + legalCase.id);
        });

        before = members.lastOutboxId();
        alerts.tell(legalCase, List.of(new OverdueAlerts.Recipient("admin@guild.test", Language.FA, ADMIN)), 0);
        assertThat(channels.smsAfter(before)).extracting(SmsNotice::text).containsExactly(
                "موعد پاسخ نخست به پرونده حمایت حقوقی " + legalCase.caseNumber + " گذشته است.\n" + URL
                        + "/counsel/cases/" + legalCase.id);
    }
}
