package ir.guild.registry.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The emails of the membership journey, written in the person's language and queued in the outbox. */
@ApplicationScoped
public class MembershipMails {

    private final MailDelivery mail;
    private final String publicUrl;

    MembershipMails(MailDelivery mail, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    void received(Application application) {
        MailTexts text = texts(application.language);
        send(application.email, text.received_subject(), text.received_body(application.fullName, publicUrl + "/me"));
    }

    void needsInfo(Application application) {
        MailTexts text = texts(application.language);
        send(application.email, text.needs_info_subject(),
                text.needs_info_body(application.fullName, application.decisionReason, publicUrl + "/apply"));
    }

    void approved(Application application, Member member) {
        MailTexts text = texts(application.language);
        send(application.email, text.approved_subject(),
                text.approved_body(application.fullName, member.membershipNumber, publicUrl + "/me/card"));
    }

    void rejected(Application application) {
        MailTexts text = texts(application.language);
        send(application.email, text.rejected_subject(),
                text.rejected_body(application.fullName, application.decisionReason));
    }

    void expiry(Member member, ExpiryReminders.Kind kind, LocalDate today) {
        MailTexts text = texts(member.language);
        Locale locale = Language.fromCode(member.language).orElse(Language.DEFAULT).locale();
        String until = JalaliDates.formatDate(member.validUntil, locale);
        if (kind == ExpiryReminders.Kind.EXPIRED) {
            send(member.email, text.expired_subject(),
                    text.expired_body(member.fullName, member.membershipNumber, until, publicUrl + "/me"));
        } else {
            send(member.email, text.expiring_subject(), text.expiring_body(member.fullName, member.membershipNumber,
                    until, ChronoUnit.DAYS.between(today, member.validUntil), publicUrl + "/me"));
        }
    }

    private void send(String to, String subject, String body) {
        mail.queue(new OutgoingMail(to, subject, null, body));
    }

    static MailTexts texts(String language) {
        return Language.fromCode(language).orElse(Language.DEFAULT) == Language.EN
                ? MessageBundles.get(MailTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(MailTexts.class);
    }
}
