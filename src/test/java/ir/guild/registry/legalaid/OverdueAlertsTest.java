package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.outbox.OutboxRelay;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The admins hear once of each case nobody answered by the end of its due day, however many
 * instances check at once; answered, ended and not-yet-due cases raise no alert, and an alert
 * never says what the case is about.
 */
@QuarkusTest
class OverdueAlertsTest {

    private static final String DESK = "desk@guild.test";
    private static final CurrentPerson COUNSEL = LegalAidFixtures.counsel("counsel-1");

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    MembershipTestData data;

    @Inject
    LegalAidService cases;

    @Inject
    OverdueAlerts alerts;

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

    /** The moment the first response to {@code legalCase} is late. */
    private static Instant lateAt(LegalAidCase legalCase) {
        return WorkingDays.endOf(legalCase.firstResponseDue);
    }

    private LegalAidCase filed(String subject) {
        LegalAidCase legalCase = fixtures.filedBy(subject);
        relay.deliverDue();
        mailbox.clear();
        return legalCase;
    }

    private List<Mail> alertsDelivered() {
        relay.deliverDue();
        return mailbox.getMailsSentTo(DESK);
    }

    private static CurrentPerson theMember(LegalAidCase legalCase) {
        return new CurrentPerson(legalCase.accountSubject, legalCase.accountSubject, legalCase.memberName, null,
                Set.of(Role.MEMBER));
    }

    @Test
    void aCaseNobodyAnsweredIsReportedOnceAfterTheEndOfItsDueDay() {
        LegalAidCase legalCase = filed("sara");
        long audit = members.lastAuditId();

        assertThat(alerts.alertOverdue(lateAt(legalCase).minusSeconds(1))).isZero();
        assertThat(alerts.alertOverdue(lateAt(legalCase))).isEqualTo(1);
        assertThat(alerts.alertOverdue(lateAt(legalCase).plus(Duration.ofDays(3)))).isZero();

        assertThat(data.outbox(OverdueAlerts.KIND)).isEqualTo(1);
        assertThat(fixtures.reload(legalCase.id).overdueAlertedAt).isNotNull();
        List<AuditEntry> entries = members.auditAfter(audit);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-case.overdue-alert");
            assertThat(entry.actorRole).isEqualTo("system");
            assertThat(entry.entityType).isEqualTo("LegalAidCase");
            assertThat(entry.entityId).isEqualTo(legalCase.id.toString());
        });

        List<Mail> mails = alertsDelivered();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("موعد پاسخ نخست به پرونده حمایت حقوقی " + legalCase.caseNumber
                    + " گذشته است");
            assertThat(mail.getText()).contains(legalCase.caseNumber, "دستمزد معوق", "فوریت: زیاد",
                    "تاریخ ثبت: " + JalaliDates.formatDate(MemberFixtures.today(), Language.FA.locale()),
                    "موعد پاسخ نخست: " + JalaliDates.formatDate(legalCase.firstResponseDue, Language.FA.locale()),
                    "مشاور: هنوز مشاوری ندارد", "http://127.0.0.1:8080/counsel/cases/" + legalCase.id);
            assertThat(mail.getText()).doesNotContain(legalCase.subject, legalCase.counterpartyName, "Mehr",
                    "payslips", legalCase.memberName);
        });
        assertThat(alertsDelivered()).hasSize(1);
    }

    @Test
    void instancesCheckingAtOnceReportEachCaseOnce() throws Exception {
        List<LegalAidCase> filed = List.of(filed("crowd-0"), filed("crowd-1"), filed("crowd-2"), filed("crowd-3"),
                filed("crowd-4"));
        Instant late = filed.stream().map(OverdueAlertsTest::lateAt).max(Instant::compareTo).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> instance = () -> alerts.alertOverdue(late);
            int reported = 0;
            for (Future<Integer> result : pool.invokeAll(List.of(instance, instance, instance))) {
                reported += result.get();
            }
            assertThat(reported).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
        assertThat(data.outbox(OverdueAlerts.KIND)).isEqualTo(5);
        assertThat(alertsDelivered()).hasSize(5)
                .extracting(Mail::getSubject).doesNotHaveDuplicates()
                .allSatisfy(subject -> assertThat(filed.stream().anyMatch(c -> subject.contains(c.caseNumber)))
                        .isTrue());
    }

    @Test
    void aCaseAnsweredInTimeAWithdrawnCaseAndACaseNotYetDueRaiseNoAlert() {
        LegalAidCase answered = filed("answered");
        fixtures.claim(answered.id, COUNSEL);
        cases.message(answered.id, COUNSEL, "We are looking at it.", Language.EN);
        LegalAidCase withdrawn = filed("withdrawn");
        cases.withdraw(withdrawn.id, withdrawn.version, theMember(withdrawn));
        LegalAidCase waiting = filed("waiting");

        assertThat(alerts.alertOverdue(Instant.now())).isZero();
        assertThat(data.outbox(OverdueAlerts.KIND)).isZero();

        // Long after every deadline, only the case still waiting for its answer is reported.
        assertThat(alerts.alertOverdue(lateAt(waiting).plus(Duration.ofDays(10)))).isEqualTo(1);
        assertThat(fixtures.reload(answered.id).overdueAlertedAt).isNull();
        assertThat(fixtures.reload(withdrawn.id).overdueAlertedAt).isNull();
        assertThat(fixtures.reload(waiting.id).overdueAlertedAt).isNotNull();
        assertThat(alertsDelivered()).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains(waiting.caseNumber));
    }

    @Test
    void triageAndAClaimAloneAreNoAnswerAndTheAlertNamesTheCounsel() {
        LegalAidCase legalCase = filed("claimed");
        fixtures.claim(legalCase.id, COUNSEL);

        assertThat(alerts.alertOverdue(lateAt(legalCase))).isEqualTo(1);

        assertThat(alertsDelivered()).singleElement()
                .satisfies(mail -> assertThat(mail.getText()).contains("مشاور: Counsel counsel-1"));
    }

    @Test
    void anAlertForACaseAnsweredBeforeItWentOutIsDropped() {
        LegalAidCase legalCase = filed("late-answer");
        assertThat(alerts.alertOverdue(lateAt(legalCase))).isEqualTo(1);

        fixtures.claim(legalCase.id, COUNSEL);
        cases.message(legalCase.id, COUNSEL, "Sorry for the wait.", Language.EN);

        assertThat(alertsDelivered()).isEmpty();
        assertThat(alerts.alertOverdue(lateAt(legalCase).plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void withoutTheKeycloakAdminClientTheAlertGoesToTheConfiguredAddressesOnly() {
        assertThat(alerts.recipients()).containsExactly(new OverdueAlerts.Recipient(DESK, Language.FA));
    }

    @Test
    void anEnglishSpeakingAdminGetsTheAlertInEnglish() {
        LegalAidCase legalCase = filed("english");

        var mail = alerts.mail(fixtures.reload(legalCase.id),
                new OverdueAlerts.Recipient("admin@guild.test", Language.EN));

        assertThat(mail.to()).isEqualTo("admin@guild.test");
        assertThat(mail.subject()).isEqualTo("First response overdue: legal-aid case " + legalCase.caseNumber);
        assertThat(mail.text()).contains("Category: Unpaid wages", "Urgency: High", "Counsel: unassigned",
                "First response due: " + JalaliDates.formatDate(legalCase.firstResponseDue, Language.EN.locale()),
                "/counsel/cases/" + legalCase.id).doesNotContain(legalCase.subject, legalCase.counterpartyName);
    }
}
