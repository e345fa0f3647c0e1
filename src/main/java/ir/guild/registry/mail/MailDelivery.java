package ir.guild.registry.mail;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import ir.guild.registry.outbox.Outbox;
import ir.guild.registry.outbox.OutboxHandler;

/** Sends the emails features put in the outbox, through the configured mailer. */
@ApplicationScoped
public class MailDelivery implements OutboxHandler<OutgoingMail> {

    public static final String KIND = "mail";

    private final Mailer mailer;
    private final Outbox outbox;

    MailDelivery(Mailer mailer, Outbox outbox) {
        this.mailer = mailer;
        this.outbox = outbox;
    }

    /** Queues an email in the caller's transaction. */
    public void queue(OutgoingMail mail) {
        outbox.enqueue(KIND, mail);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<OutgoingMail> payloadType() {
        return OutgoingMail.class;
    }

    @Override
    public void deliver(OutgoingMail mail, long messageId) {
        Mail message = mail.html() == null ? Mail.withText(mail.to(), mail.subject(), mail.text())
                : Mail.withHtml(mail.to(), mail.subject(), mail.html()).setText(mail.text());
        mailer.send(message.addHeader("X-Guild-Message-Id", Long.toString(messageId)));
    }
}
