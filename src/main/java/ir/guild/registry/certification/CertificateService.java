package ir.guild.registry.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.partner.webhook.WebhookEventType;
import ir.guild.registry.partner.webhook.WebhookEvents;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Certificates after they are issued: the holder's list, and revocation by an admin, which
 * is final. Statuses always come from {@link Certificates}.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    public static final String ENTITY = "Certificate";

    private final Certificates certificates;
    private final AuditLog audit;
    private final CertificationMails mails;
    private final EntityManager em;
    private final WebhookEvents webhooks;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    CertificateService(Certificates certificates, AuditLog audit, CertificationMails mails, EntityManager em,
            WebhookEvents webhooks) {
        this.certificates = certificates;
        this.audit = audit;
        this.mails = mails;
        this.em = em;
        this.webhooks = webhooks;
    }

    /** The caller's certificates with today's status, newest first, across any memberships their account held. */
    @Transactional(TxType.SUPPORTS)
    public List<Certificates.Checked> mine(CurrentPerson person) {
        List<Long> memberIds = Member.<Member>list("accountSubject", person.subject()).stream()
                .map(member -> member.id).toList();
        return certificates.checked(memberIds.stream().flatMap(id -> Certificate.ofMember(id).stream())
                .sorted((a, b) -> b.issuedOn.equals(a.issuedOn) ? Long.compare(b.id, a.id)
                        : b.issuedOn.compareTo(a.issuedOn))
                .toList());
    }

    /**
     * An admin revokes a certificate for good: its status reads REVOKED everywhere from now on
     * and the holder is told why. Revoking twice is refused with 409, as is a stale version.
     */
    public Certificates.Checked revoke(long certificateId, String reason, Integer version, CurrentPerson admin,
            Language language) {
        if (!admin.has(Role.ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only admins revoke certificates");
        }
        FieldChecks checks = new FieldChecks(language);
        String checkedReason = PersianText.normalizeParagraphs(reason);
        if (checkedReason == null) {
            checks.reject("reason", Invalid.REQUIRED);
        } else if (checkedReason.length() > RequestChecks.REASON_MAX) {
            checks.reject("reason", Invalid.TOO_LONG, RequestChecks.REASON_MAX);
        }
        if (version == null) {
            checks.reject("version", Invalid.REQUIRED);
        }
        checks.throwIfInvalid();

        Certificate certificate = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw ProblemException.notFound("No such certificate");
        }
        if (certificate.version != version) {
            throw ProblemException.conflict("The certificate changed since you saw it (version " + version
                    + ", now " + certificate.version + "); reload it and try again");
        }
        if (certificate.isRevoked()) {
            throw ProblemException.conflict("The certificate is already revoked");
        }
        CertificateStatus before = certificates.checked(certificate).status();
        certificate.revokedAt = Instant.now(clock);
        certificate.revokedBy = admin.username();
        certificate.revocationReason = checkedReason;
        audit.record(new AuditEvent(Actor.of(admin, Role.ADMIN), "certificate.revoke", ENTITY,
                certificate.id.toString(), "status: " + before + " -> REVOKED"));
        mails.revoked(certificate, Member.findById(certificate.memberId));
        webhooks.certificateChanged(certificate, WebhookEventType.CERTIFICATE_REVOKED, CertificateStatus.REVOKED);
        em.flush();
        return certificates.checked(certificate);
    }
}
