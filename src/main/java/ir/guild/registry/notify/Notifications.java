package ir.guild.registry.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.notify.messenger.MessengerConfig;
import ir.guild.registry.outbox.Outbox;
import ir.guild.registry.web.Language;

/**
 * Sends a notice on every channel its recipient chose: the email always, an SMS when they chose
 * SMS and confirmed their mobile, a messenger message when they linked a chat. Each channel is a
 * message of its own in the outbox, written in the caller's transaction, so each is retried with
 * its own backoff and a failing channel never holds back the others or the action itself.
 */
@ApplicationScoped
public class Notifications {

    public static final String SMS = "sms";
    public static final String MESSENGER = "messenger";

    private final MailDelivery mail;
    private final Outbox outbox;
    private final MessengerConfig messenger;

    Notifications(MailDelivery mail, Outbox outbox, MessengerConfig messenger) {
        this.mail = mail;
        this.outbox = outbox;
        this.messenger = messenger;
    }

    @Transactional(TxType.MANDATORY)
    public void send(Notice notice) {
        Recipient to = notice.to();
        mail.queue(new OutgoingMail(to.email(), notice.subject(), null, notice.body()));
        sendBesideEmail(notice);
    }

    /**
     * Sends a notice by SMS and messenger only, to those who chose them: for a sender that delivers
     * the email itself (the overdue alerts to staff, mailed as the alert goes out).
     */
    @Transactional(TxType.MANDATORY)
    public void sendBesideEmail(Notice notice) {
        Recipient to = notice.to();
        if (to.accountSubject() == null) {
            return;
        }
        ContactChannels.of(to.accountSubject()).ifPresent(channels -> {
            if (OnRecord.smsNumber(channels).isPresent()) {
                outbox.enqueue(SMS, new SmsNotice(to.accountSubject(), notice.shortText() + "\n" + notice.link()));
            }
            if (channels.messengerChat().isPresent() && messenger.enabled()) {
                outbox.enqueue(MESSENGER, new MessengerNotice(to.accountSubject(), notice.shortText(), notice.link(),
                        texts(to.language()).open_page()));
            }
        });
    }

    static NoticeTexts texts(Language language) {
        return language == Language.EN
                ? MessageBundles.get(NoticeTexts.class, Localized.Literal.of(Language.EN.code()))
                : MessageBundles.get(NoticeTexts.class);
    }
}
