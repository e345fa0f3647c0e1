package ir.guild.registry.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.notify.Notice;
import ir.guild.registry.notify.Notifications;
import ir.guild.registry.notify.Recipient;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The notices of the membership journey, written in the person's language and queued in the
 * outbox: the whole email, and a short line for SMS and messenger that never repeats a national
 * ID or a reason staff wrote.
 */
@ApplicationScoped
public class MembershipMails {

    private final Notifications notifications;
    private final String publicUrl;

    MembershipMails(Notifications notifications, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    void received(Application application) {
        MailTexts text = texts(application.language);
        String link = publicUrl + "/me";
        send(application, text.received_subject(), text.received_body(application.fullName, link),
                text.received_short(), link);
    }

    void needsInfo(Application application) {
        MailTexts text = texts(application.language);
        String link = publicUrl + "/apply";
        send(application, text.needs_info_subject(),
                text.needs_info_body(application.fullName, application.decisionReason, link), text.needs_info_short(),
                link);
    }

    void approved(Application application, Member member) {
        MailTexts text = texts(application.language);
        String link = publicUrl + "/me/card";
        send(application, text.approved_subject(),
                text.approved_body(application.fullName, member.membershipNumber, link),
                text.approved_short(member.membershipNumber), link);
    }

    void rejected(Application application) {
        MailTexts text = texts(application.language);
        // The email carries no link; the short line points at the applicant's own page.
        send(application, text.rejected_subject(), text.rejected_body(application.fullName, application.decisionReason),
                text.rejected_short(), publicUrl + "/me");
    }

    void expiry(Member member, ExpiryReminders.Kind kind, LocalDate today) {
        MailTexts text = texts(member.language);
        Language language = language(member.language);
        String until = JalaliDates.formatDate(member.validUntil, language.locale());
        String link = publicUrl + "/me";
        Recipient to = new Recipient(member.accountSubject, member.email, language);
        if (kind == ExpiryReminders.Kind.EXPIRED) {
            notifications.send(new Notice(to, text.expired_subject(),
                    text.expired_body(member.fullName, member.membershipNumber, until, link),
                    text.expired_short(member.membershipNumber), link));
        } else {
            notifications.send(new Notice(to, text.expiring_subject(), text.expiring_body(member.fullName,
                    member.membershipNumber, until, ChronoUnit.DAYS.between(today, member.validUntil), link),
                    text.expiring_short(member.membershipNumber, until), link));
        }
    }

    private void send(Application application, String subject, String body, String shortText, String link) {
        notifications.send(new Notice(
                new Recipient(application.accountSubject, application.email, language(application.language)),
                subject, body, shortText, link));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.DEFAULT);
    }

    static MailTexts texts(String language) {
        return language(language) == Language.EN
                ? MessageBundles.get(MailTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(MailTexts.class);
    }
}
