package ir.guild.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

@QuarkusTest
class ExpiryRemindersTest {

    private static final LocalDate TODAY = LocalDate.now(GuildClock.ZONE);

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @Inject
    ExpiryReminders reminders;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private Member memberValidUntil(String subject, LocalDate validUntil) {
        Application application = applications.submit(ApplicationApiTest.person(subject),
                Applicants.record(Applicants.nationalId()), Language.EN);
        applications.decide(application.id, new Decision("APPROVE", null, null, application.version),
                new CurrentPerson("admin", "demo-admin", "Admin", null, Set.of(Role.ADMIN)), Language.EN);
        Member member = QuarkusTransaction.requiringNew().call(() -> Member.byApplication(application.id).orElseThrow());
        QuarkusTransaction.requiringNew().run(() -> Member.update("validUntil = ?1 where id = ?2", validUntil, member.id));
        return member;
    }

    private long mails() {
        return data.outbox(MailDelivery.KIND);
    }

    @Test
    void eachDueReminderIsSentOnceAndExpiryTakesTheRoleAway() {
        memberValidUntil("in-20-days", TODAY.plusDays(20));
        memberValidUntil("in-5-days", TODAY.plusDays(5));
        memberValidUntil("expired", TODAY.minusDays(1));
        memberValidUntil("far-away", TODAY.plusDays(100));
        long mailsBefore = mails();
        long rolesBefore = data.outbox(KeycloakRoles.KIND);

        assertThat(reminders.send(TODAY)).isEqualTo(3);
        assertThat(mails()).isEqualTo(mailsBefore + 3);
        assertThat(data.outbox(KeycloakRoles.KIND)).isEqualTo(rolesBefore + 1);

        assertThat(reminders.send(TODAY)).isZero();
        assertThat(mails()).isEqualTo(mailsBefore + 3);
    }

    @Test
    void theSevenDayReminderFollowsTheThirtyDayOne() {
        memberValidUntil("soon", TODAY.plusDays(10));
        assertThat(reminders.send(TODAY)).isEqualTo(1);
        assertThat(reminders.send(TODAY.plusDays(3))).isEqualTo(1);
        assertThat(reminders.send(TODAY.plusDays(4))).isZero();
        assertThat(reminders.send(TODAY.plusDays(11))).isEqualTo(1);
    }

    @Test
    void aRenewedMembershipIsRemindedAgainForItsNewValidity() {
        Member member = memberValidUntil("renewed", TODAY.plusDays(20));
        assertThat(reminders.send(TODAY)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> Member.update("validUntil = ?1 where id = ?2",
                TODAY.plusDays(25), member.id));
        assertThat(reminders.send(TODAY)).isEqualTo(1);
    }

    @Test
    void instancesRunningAtOnceSendEachReminderOnce() throws Exception {
        for (int i = 0; i < 10; i++) {
            memberValidUntil("crowd-" + i, TODAY.plusDays(3));
        }
        long mailsBefore = mails();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> instance = () -> reminders.send(TODAY);
            int sent = 0;
            for (Future<Integer> result : pool.invokeAll(List.of(instance, instance, instance))) {
                sent += result.get();
            }
            assertThat(sent).isEqualTo(10);
        } finally {
            pool.shutdown();
        }
        assertThat(mails()).isEqualTo(mailsBefore + 10);
    }

    @Test
    void suspendedMembersAreNotReminded() {
        Member member = memberValidUntil("suspended", TODAY.plusDays(5));
        QuarkusTransaction.requiringNew().run(() -> Member.update("status = ?1 where id = ?2",
                Member.StoredStatus.SUSPENDED, member.id));
        assertThat(reminders.send(TODAY)).isZero();
    }
}
