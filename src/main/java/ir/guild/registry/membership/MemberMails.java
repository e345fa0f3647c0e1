package ir.guild.registry.membership;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The emails of a membership's life after approval (suspension, reinstatement, revocation,
 * renewal), written in the member's language, with Jalali dates in Persian, and queued in the outbox.
 */
@ApplicationScoped
public class MemberMails {

    private final MailDelivery mail;
    private final String publicUrl;

    MemberMails(MailDelivery mail, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    void suspended(Member member) {
        MemberMailTexts text = texts(member);
        send(member, text.suspended_subject(),
                text.suspended_body(member.fullName, member.membershipNumber, member.statusReason));
    }

    void reinstated(Member member, LocalDate today) {
        MemberMailTexts text = texts(member);
        String until = date(member, member.validUntil);
        String body = member.validUntil.isBefore(today)
                ? text.reinstated_expired_body(member.fullName, member.membershipNumber, until, publicUrl + "/me")
                : text.reinstated_body(member.fullName, member.membershipNumber, until, publicUrl + "/me/card");
        send(member, text.reinstated_subject(), body);
    }

    void revoked(Member member) {
        MemberMailTexts text = texts(member);
        send(member, text.revoked_subject(),
                text.revoked_body(member.fullName, member.membershipNumber, member.statusReason));
    }

    void renewed(Member member) {
        MemberMailTexts text = texts(member);
        send(member, text.renewed_subject(), text.renewed_body(member.fullName, member.membershipNumber,
                date(member, member.validUntil), publicUrl + "/me/card"));
    }

    private void send(Member member, String subject, String body) {
        mail.queue(new OutgoingMail(member.email, subject, null, body));
    }

    private static Language language(Member member) {
        return Language.fromCode(member.language).orElse(Language.DEFAULT);
    }

    private static String date(Member member, LocalDate date) {
        return JalaliDates.formatDate(date, language(member).locale());
    }

    static MemberMailTexts texts(Member member) {
        return language(member) == Language.EN
                ? MessageBundles.get(MemberMailTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(MemberMailTexts.class);
    }
}
