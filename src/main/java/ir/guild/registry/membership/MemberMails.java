package ir.guild.registry.membership;

import java.time.LocalDate;

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
 * The notices of a membership's life after approval (suspension, reinstatement, revocation,
 * renewal), written in the member's language, with Jalali dates in Persian, and queued in the
 * outbox. The reason of a suspension or revocation goes in the email only, never in the short
 * line of SMS and messenger.
 */
@ApplicationScoped
public class MemberMails {

    private final Notifications notifications;
    private final String publicUrl;

    MemberMails(Notifications notifications, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    void suspended(Member member) {
        MemberMailTexts text = texts(member);
        send(member, text.suspended_subject(),
                text.suspended_body(member.fullName, member.membershipNumber, member.statusReason),
                text.suspended_short(member.membershipNumber), publicUrl + "/me");
    }

    void reinstated(Member member, LocalDate today) {
        MemberMailTexts text = texts(member);
        String until = date(member, member.validUntil);
        boolean expired = member.validUntil.isBefore(today);
        String link = publicUrl + (expired ? "/me" : "/me/card");
        String body = expired
                ? text.reinstated_expired_body(member.fullName, member.membershipNumber, until, link)
                : text.reinstated_body(member.fullName, member.membershipNumber, until, link);
        send(member, text.reinstated_subject(), body, text.reinstated_short(member.membershipNumber), link);
    }

    void revoked(Member member) {
        MemberMailTexts text = texts(member);
        send(member, text.revoked_subject(),
                text.revoked_body(member.fullName, member.membershipNumber, member.statusReason),
                text.revoked_short(member.membershipNumber), publicUrl + "/me");
    }

    void renewed(Member member) {
        MemberMailTexts text = texts(member);
        String until = date(member, member.validUntil);
        String link = publicUrl + "/me/card";
        send(member, text.renewed_subject(), text.renewed_body(member.fullName, member.membershipNumber, until, link),
                text.renewed_short(member.membershipNumber, until), link);
    }

    private void send(Member member, String subject, String body, String shortText, String link) {
        notifications.send(new Notice(new Recipient(member.accountSubject, member.email, language(member)), subject,
                body, shortText, link));
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
