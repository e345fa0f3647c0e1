package ir.guild.registry.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.outbox.OutboxMessage;
import ir.guild.registry.web.Language;

@QuarkusTest
class NotificationsTest {

    private static final String SUBJECT = "notice-test-account";

    /** The mobile on the account's membership. */
    private static final String ON_RECORD = "09121234567";

    @Inject
    Notifications notifications;

    @Inject
    MemberFixtures members;

    @BeforeEach
    void clean() {
        if (QuarkusTransaction.requiringNew().call(() -> Member.currentOf(SUBJECT)).isEmpty()) {
            members.approve(SUBJECT);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage.deleteAll();
            ContactChannels.deleteById(SUBJECT);
        });
    }

    private Notice notice(String subject) {
        return new Notice(new Recipient(subject, "nasrin@example.org", Language.FA), "عضویت شما تأیید شد",
                "نسرین عزیز، عضویت شما تأیید شد. کد ملی ۰۰۱۲۳۴۵۶۷۸", "عضویت شما تأیید شد.",
                "http://127.0.0.1:8080/me/card");
    }

    private List<OutboxMessage> queued() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("order by id"));
    }

    private void channels(boolean smsChosen, String verifiedMobile, Long chat) {
        QuarkusTransaction.requiringNew().run(() -> {
            ContactChannels channels = ContactChannels.orNew(SUBJECT);
            if (verifiedMobile != null) {
                channels.verifyMobile(verifiedMobile, Instant.now());
            }
            channels.smsChosen = smsChosen;
            if (chat != null) {
                channels.linkChat(chat, Instant.now());
            }
        });
    }

    @Test
    void someoneWhoChoseNothingGetsTheEmailOnly() {
        QuarkusTransaction.requiringNew().run(() -> notifications.send(notice(SUBJECT)));
        assertThat(queued()).extracting(m -> m.kind).containsExactly(MailDelivery.KIND);
    }

    @Test
    void anAddressWithoutAnAccountGetsTheEmailOnly() {
        channels(true, ON_RECORD, null);
        QuarkusTransaction.requiringNew().run(() -> notifications.send(notice(null)));
        assertThat(queued()).extracting(m -> m.kind).containsExactly(MailDelivery.KIND);
    }

    @Test
    void aConfirmedMobileWithSmsChosenGetsTheShortTextAndTheLinkOnly() {
        channels(true, ON_RECORD, null);
        QuarkusTransaction.requiringNew().run(() -> notifications.send(notice(SUBJECT)));

        List<OutboxMessage> queued = queued();
        assertThat(queued).extracting(m -> m.kind).containsExactly(MailDelivery.KIND, Notifications.SMS);
        assertThat(queued.get(0).payload).contains("کد ملی");
        assertThat(queued.get(1).payload).contains("عضویت شما تأیید شد.\\nhttp://127.0.0.1:8080/me/card")
                .doesNotContain("کد ملی").doesNotContain(ON_RECORD);
    }

    @Test
    void smsNeedsBothTheChoiceAndAConfirmedMobile() {
        channels(false, ON_RECORD, null);
        QuarkusTransaction.requiringNew().run(() -> notifications.send(notice(SUBJECT)));
        channels(true, null, null);
        QuarkusTransaction.requiringNew().run(() -> {
            ContactChannels.orNew(SUBJECT).forgetMobile(Instant.now());
            ContactChannels.orNew(SUBJECT).smsChosen = true;
            notifications.send(notice(SUBJECT));
        });
        assertThat(queued()).extracting(m -> m.kind).containsExactly(MailDelivery.KIND, MailDelivery.KIND);
    }

    @Test
    void aConfirmedNumberThatIsNoLongerOnRecordGetsNoSms() {
        channels(true, "09351112233", null);
        QuarkusTransaction.requiringNew().run(() -> notifications.send(notice(SUBJECT)));
        assertThat(queued()).extracting(m -> m.kind).containsExactly(MailDelivery.KIND);
    }

    @Test
    void aLinkedChatGetsNothingWhileTheBotIsOff() {
        channels(false, null, 4711L);
        QuarkusTransaction.requiringNew().run(() -> notifications.send(notice(SUBJECT)));
        assertThat(queued()).extracting(m -> m.kind).containsExactly(MailDelivery.KIND);
    }

    @Test
    void aRolledBackActionSendsNothingOnAnyChannel() {
        channels(true, ON_RECORD, null);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.send(notice(SUBJECT));
            throw new IllegalStateException("the approval failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(queued()).isEmpty();
    }

    @Test
    void aShortTextMustBeShort() {
        assertThatThrownBy(() -> new Notice(new Recipient(null, "a@example.org", Language.EN), "s", "b",
                "x".repeat(Notice.MAX_SHORT_TEXT + 1), "http://127.0.0.1/me"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("short text");
    }
}
