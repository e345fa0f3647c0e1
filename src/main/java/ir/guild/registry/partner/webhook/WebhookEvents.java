package ir.guild.registry.partner.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.outbox.Outbox;

/**
 * Where the membership and certification services tell partner firms of a change: one outbox
 * message per live subscription, in the transaction of the change, so that a call goes out if
 * and only if the change is kept. Each subscription gets its own event id.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class WebhookEvents {

    private final Outbox outbox;

    WebhookEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The membership changed; {@code status} is where it stands now. */
    public void membershipChanged(Member member, WebhookEventType type, MemberStatus status) {
        queue(member.id, member.membershipNumber, type, status.name(), null);
    }

    /** One of the member's certificates changed; only subscriptions that share certificates hear of it. */
    public void certificateChanged(Certificate certificate, WebhookEventType type, CertificateStatus status) {
        queue(certificate.memberId, certificate.membershipNumber, type, status.name(), certificate.displayCode());
    }

    private void queue(long memberId, String membershipNumber, WebhookEventType type, String status,
            String certificateCode) {
        Instant now = Instant.now();
        for (PartnerSubscription subscription : PartnerSubscription.liveFor(memberId, now)) {
            if (type.aboutCertificate() && !subscription.shareCode.scope.includesCertificates()) {
                continue;
            }
            outbox.enqueue(WebhookCalls.KIND, new WebhookEvent(UUID.randomUUID(), type, subscription.id,
                    membershipNumber, status, certificateCode, now.toString()));
        }
    }
}
