package ir.guild.registry.certification;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The emails of certification: every decision on a request and every revocation, written in
 * the member's language (Jalali dates and Persian digits in Persian) and queued in the outbox.
 */
@ApplicationScoped
public class CertificationMails {

    private final MailDelivery mail;
    private final String publicUrl;

    CertificationMails(MailDelivery mail, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    void granted(CertificationRequest request, Certificate certificate, Member member) {
        Language language = language(request.language);
        CertificationMailTexts text = texts(language);
        send(member, text.granted_subject(), text.granted_body(request.holderName, request.track.title(language),
                digits(certificate.level, language), certificate.displayCode(),
                date(certificate.expiresOn, language), verifyLink(certificate)));
    }

    void denied(CertificationRequest request, Member member) {
        Language language = language(request.language);
        CertificationMailTexts text = texts(language);
        send(member, text.denied_subject(), text.denied_body(request.holderName, request.track.title(language),
                digits(request.level, language), request.decisionReason));
    }

    void needsInfo(CertificationRequest request, Member member) {
        Language language = language(request.language);
        CertificationMailTexts text = texts(language);
        send(member, text.needs_info_subject(), text.needs_info_body(request.holderName,
                request.track.title(language), digits(request.level, language), request.decisionReason,
                publicUrl + "/me/certifications"));
    }

    void revoked(Certificate certificate, Member member) {
        Language language = language(member.language);
        CertificationMailTexts text = texts(language);
        send(member, text.revoked_subject(), text.revoked_body(member.fullName, certificate.track.title(language),
                digits(certificate.level, language), certificate.displayCode(), certificate.revocationReason));
    }

    /** The public page a certificate's QR code and emails point at. */
    public String verifyLink(Certificate certificate) {
        return publicUrl + "/verify/" + certificate.displayCode();
    }

    private void send(Member member, String subject, String body) {
        mail.queue(new OutgoingMail(member.email, subject, null, body));
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
