package ir.guild.registry.certification.credentials;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.Certificates;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.GuildClock;

/**
 * Issues the guild's verifiable credentials, one for a membership and one for each
 * certificate, following the W3C Verifiable Credentials Data Model 2.0 secured with JOSE
 * ({@code typ: vc+jwt}): the JWT payload is the credential itself ({@code @context},
 * {@code type}, {@code issuer}, {@code validFrom}, {@code validUntil},
 * {@code credentialSubject}, {@code credentialStatus}), with {@code iss} and {@code iat}
 * added as plain JWT claims that repeat the issuer and the signing time.
 * <p>
 * A credential carries only what a verifier needs: the holder's names, membership number
 * and what is certified. National ID, email and mobile never go into one.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class VerifiableCredentials {

    public static final String CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String TYPE = "VerifiableCredential";
    public static final String CERTIFICATE_TYPE = "GuildCertificateCredential";
    public static final String MEMBERSHIP_TYPE = "GuildMembershipCredential";

    private final Certificates certificates;
    private final StatusLists statusLists;
    private final CredentialSigner signer;
    private final Clock clock = Clock.systemUTC();

    VerifiableCredentials(Certificates certificates, StatusLists statusLists, CredentialSigner signer) {
        this.certificates = certificates;
        this.statusLists = statusLists;
        this.signer = signer;
    }

    /** The caller's membership credential; empty for someone without a (non-revoked) membership. */
    public Optional<String> ofMembership(CurrentPerson person) {
        return Member.currentOf(person.subject()).map(this::membership);
    }

    /**
     * A certificate's credential, for its holder and for admins; empty for everyone else, so
     * that nobody learns which certificates exist. A revoked certificate still has one: its
     * status list says it is revoked.
     */
    public Optional<String> ofCertificate(long certificateId, CurrentPerson person) {
        return certificates.byId(certificateId)
                .map(Certificates.Checked::certificate)
                .filter(certificate -> person.has(Role.ADMIN) || holds(person, certificate))
                .map(this::certificate);
    }

    private static boolean holds(CurrentPerson person, Certificate certificate) {
        Member holder = Member.findById(certificate.memberId);
        return holder != null && holder.accountSubject.equals(person.subject());
    }

    private String membership(Member member) {
        Instant now = now();
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("grade", member.grade.name());
        membership.put("memberSince", member.memberSince.toString());
        membership.put("validUntil", member.validUntil.toString());
        Map<String, Object> subject = holder(member.fullName, member.fullNameLatin, member.membershipNumber);
        subject.put("membership", membership);
        return signer.sign(credential(MEMBERSHIP_TYPE, now, endOf(member.validUntil), subject, member.statusIndex,
                now));
    }

    private String certificate(Certificate certificate) {
        Map<String, Object> certified = new LinkedHashMap<>();
        certified.put("publicCode", certificate.displayCode());
        certified.put("trackCode", certificate.track.code);
        certified.put("trackTitle", certificate.track.titleFa);
        certified.put("trackTitleEn", certificate.track.titleEn);
        certified.put("level", certificate.level);
        certified.put("issuedOn", certificate.issuedOn.toString());
        certified.put("expiresOn", certificate.expiresOn.toString());
        Map<String, Object> subject = holder(certificate.holderName, certificate.holderNameLatin,
                certificate.membershipNumber);
        subject.put("certificate", certified);
        return signer.sign(credential(CERTIFICATE_TYPE, certificate.issuedAt.truncatedTo(ChronoUnit.SECONDS),
                endOf(certificate.expiresOn), subject, certificate.statusIndex, now()));
    }

    private static Map<String, Object> holder(String name, String nameLatin, String membershipNumber) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", name);
        subject.put("nameLatin", nameLatin);
        subject.put("membershipNumber", membershipNumber);
        return subject;
    }

    private Map<String, Object> credential(String type, Instant validFrom, String validUntil,
            Map<String, Object> subject, long statusIndex, Instant signedAt) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(CONTEXT));
        credential.put("type", List.of(TYPE, type));
        credential.put("issuer", signer.issuer());
        credential.put("validFrom", validFrom.toString());
        credential.put("validUntil", validUntil);
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", statusLists.entriesFor(statusIndex));
        return withJwtClaims(credential, signer.issuer(), signedAt);
    }

    /** Adds the JWT claims {@code iss} and {@code iat}, which repeat the issuer and the signing time. */
    static Map<String, Object> withJwtClaims(Map<String, Object> credential, String issuer, Instant signedAt) {
        credential.put("iss", issuer);
        credential.put("iat", signedAt.getEpochSecond());
        return credential;
    }

    /**
     * When something valid until {@code lastDay} stops being valid: it stays valid through
     * that whole day, Tehran time, so the credential ends at the start of the next one.
     */
    static String endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(GuildClock.ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
