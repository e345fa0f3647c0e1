package ir.guild.registry.legalaid;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.membership.Member;
import ir.guild.registry.notify.Notice;
import ir.guild.registry.notify.Notifications;
import ir.guild.registry.notify.Recipient;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The notices of the legal-aid desk to the member who filed a case: every status change and
 * every message addressed to them, queued in the caller's transaction. A subject line never
 * carries the case's content, and SMS and messenger carry even less: only that the case (by its
 * number) has an update, and the link to its page behind a sign-in.
 *
 * <p>The mail goes to the address of the membership the case was filed under, in the language
 * the member filed it in (Jalali dates in Persian). Internal notes never come here: the desk
 * passes only what it shares with the member.
 */
@ApplicationScoped
public class LegalAidMails {

    private final Notifications notifications;
    private final String publicUrl;

    LegalAidMails(Notifications notifications, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    /** The case moved from {@code from}; {@code message} is what staff wrote to the member with the move, if anything. */
    void statusChanged(LegalAidCase legalCase, CaseStatus from, String message) {
        Language language = language(legalCase);
        LegalAidMailTexts text = texts(language);
        String date = date(legalCase.updatedAt, language);
        String status = terms(language).case_status(legalCase.status);
        String body;
        if (legalCase.status == CaseStatus.DECLINED && message != null) {
            body = text.declined_body(legalCase.memberName, legalCase.caseNumber, date, message, link(legalCase));
        } else if (message != null) {
            body = text.status_message_body(legalCase.memberName, legalCase.caseNumber, status, date, message,
                    link(legalCase));
        } else {
            body = text.status_body(legalCase.memberName, legalCase.caseNumber, status, date, link(legalCase));
        }
        send(legalCase, language, text, body);
    }

    /** Staff wrote {@code message} to the member. */
    void messaged(LegalAidCase legalCase, CaseEntry message) {
        Language language = language(legalCase);
        LegalAidMailTexts text = texts(language);
        send(legalCase, language, text, text.message_body(legalCase.memberName, legalCase.caseNumber,
                date(message.createdAt, language), message.body, link(legalCase)));
    }

    private void send(LegalAidCase legalCase, Language language, LegalAidMailTexts text, String body) {
        Member member = Member.findById(legalCase.memberId);
        notifications.send(new Notice(new Recipient(member.accountSubject, member.email, language),
                text.update_subject(legalCase.caseNumber), body, text.update_short(legalCase.caseNumber),
                link(legalCase)));
    }

    /** The member's page of the case. */
    private String link(LegalAidCase legalCase) {
        return publicUrl + "/me/legal-aid/" + legalCase.id;
    }

    private static Language language(LegalAidCase legalCase) {
        return Language.fromCode(legalCase.language).orElse(Language.DEFAULT);
    }

    /** The Tehran day of {@code at}: Jalali in Persian, Gregorian in English. */
    static String date(Instant at, Language language) {
        return date(LocalDate.ofInstant(at, GuildClock.ZONE), language);
    }

    static String date(LocalDate day, Language language) {
        return JalaliDates.formatDate(day, language.locale());
    }

    static LegalAidTerms terms(Language language) {
        return language == Language.EN
                ? MessageBundles.get(LegalAidTerms.class, Localized.Literal.of(Language.EN.code()))
                : MessageBundles.get(LegalAidTerms.class);
    }

    static LegalAidMailTexts texts(Language language) {
        return language == Language.EN
                ? MessageBundles.get(LegalAidMailTexts.class, Localized.Literal.of(Language.EN.code()))
                : MessageBundles.get(LegalAidMailTexts.class);
    }
}
