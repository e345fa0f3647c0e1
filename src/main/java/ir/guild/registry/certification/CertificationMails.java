package ir.guild.registry.certification;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.membership.Member;
import ir.guild.registry.notify.Notice;
import ir.guild.registry.notify.Notifications;
import ir.guild.registry.notify.Recipient;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The notices of certification: every decision on a request and every revocation, written in
 * the member's language (Jalali dates and Persian digits in Persian) and queued in the outbox.
 * The assessor's reason goes in the email only; the short line of SMS and messenger names at
 * most the certificate's public code.
 */
@ApplicationScoped
public class CertificationMails {

    private final Notifications notifications;
    private final String publicUrl;

    CertificationMails(Notifications notifications, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    void granted(CertificationRequest request, Certificate certificate, Member member) {
        Language language = language(request.language);
        CertificationMailTexts text = texts(language);
        String link = verifyLink(certificate);
        send(member, language, text.granted_subject(), text.granted_body(request.holderName,
                request.track.title(language), digits(certificate.level, language), certificate.displayCode(),
                date(certificate.expiresOn, language), link), text.granted_short(certificate.displayCode()), link);
    }

    void denied(CertificationRequest request, Member member) {
        Language language = language(request.language);
        CertificationMailTexts text = texts(language);
        send(member, language, text.denied_subject(), text.denied_body(request.holderName,
                request.track.title(language), digits(request.level, language), request.decisionReason),
                text.denied_short(), myCertifications());
    }

    void needsInfo(CertificationRequest request, Member member) {
        Language language = language(request.language);
        CertificationMailTexts text = texts(language);
        send(member, language, text.needs_info_subject(), text.needs_info_body(request.holderName,
                request.track.title(language), digits(request.level, language), request.decisionReason,
                myCertifications()), text.needs_info_short(), myCertifications());
    }

    void revoked(Certificate certificate, Member member) {
        Language language = language(member.language);
        CertificationMailTexts text = texts(language);
        send(member, language, text.revoked_subject(), text.revoked_body(member.fullName,
                certificate.track.title(language), digits(certificate.level, language), certificate.displayCode(),
                certificate.revocationReason), text.revoked_short(certificate.displayCode()), myCertifications());
    }

    /** The public page a certificate's QR code and emails point at. */
    public String verifyLink(Certificate certificate) {
        return publicUrl + "/verify/" + certificate.displayCode();
    }

    private String myCertifications() {
        return publicUrl + "/me/certifications";
    }

    private void send(Member member, Language language, String subject, String body, String shortText, String link) {
        notifications.send(new Notice(new Recipient(member.accountSubject, member.email, language), subject, body,
                shortText, link));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.DEFAULT);
    }

    private static String date(LocalDate date, Language language) {
        return JalaliDates.formatDate(date, language.locale());
    }

    private static String digits(int number, Language language) {
        String ascii = Integer.toString(number);
        if (language != Language.FA) {
            return ascii;
        }
        StringBuilder persian = new StringBuilder(ascii.length());
        ascii.chars().forEach(c -> persian.append((char) ('\u06F0' + (c - '0'))));
        return persian.toString();
    }

    static CertificationMailTexts texts(Language language) {
        return language == Language.EN
                ? MessageBundles.get(CertificationMailTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(CertificationMailTexts.class);
    }
}
