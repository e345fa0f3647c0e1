package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.identity.RoleChange;
import ir.guild.registry.partner.webhook.WebhookEventType;
import ir.guild.registry.partner.webhook.WebhookEvents;
import ir.guild.registry.web.GuildClock;

/**
 * Reminds members before their membership expires (30 and 7 days ahead) and tells them
 * when it has expired, taking the {@code member} role away in Keycloak. Each reminder is
 * claimed by inserting its row in {@code member_reminder}; the primary key lets exactly
 * one instance win, and the email is queued in that same transaction.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class);

    enum Kind {
        EXPIRES_IN_30("m.valid_until > ?1 + 7 and m.valid_until <= ?1 + 30"),
        EXPIRES_IN_7("m.valid_until >= ?1 and m.valid_until <= ?1 + 7"),
        EXPIRED("m.valid_until < ?1");

        private final String window;

        Kind(String window) {
            this.window = window;
        }

        String claimSql() {
            return """
                    insert into member_reminder (member_id, kind, valid_until, sent_at)
                    select m.id, '%s', m.valid_until, now() from member m
                    where m.status = 'ACTIVE' and %s
                    on conflict do nothing
                    returning member_id""".formatted(name(), window.replace("?1", "cast(?1 as date)"));
        }
    }

    private final EntityManager em;
    private final MembershipMails mails;
    private final KeycloakRoles roles;
    private final AuditLog audit;
    private final WebhookEvents webhooks;

    ExpiryReminders(EntityManager em, MembershipMails mails, KeycloakRoles roles, AuditLog audit,
            WebhookEvents webhooks) {
        this.em = em;
        this.mails = mails;
        this.roles = roles;
        this.audit = audit;
        this.webhooks = webhooks;
    }

    @Scheduled(identity = "expiry-reminders", every = "${guild.membership.reminder-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        send(LocalDate.now(GuildClock.ZONE));
    }

    /** Sends every reminder due on {@code today} that has not been sent yet; returns how many. */
    @Transactional
    public int send(LocalDate today) {
        int sent = 0;
        for (Kind kind : Kind.values()) {
            @SuppressWarnings("unchecked")
            List<Number> memberIds = em.createNativeQuery(kind.claimSql()).setParameter(1, today).getResultList();
            for (Number id : memberIds) {
                Member member = Member.findById(id.longValue());
                mails.expiry(member, kind, today);
                if (kind == Kind.EXPIRED) {
                    roles.queue(RoleChange.revoke(member.accountSubject, Role.MEMBER));
                    audit.record(new AuditEvent(Actor.system("expiry-reminders"), "member.expire", "Member",
                            member.membershipNumber, "status: ACTIVE -> EXPIRED (valid until " + member.validUntil
                                    + ")"));
                    webhooks.membershipChanged(member, WebhookEventType.MEMBERSHIP_EXPIRED, member.statusOn(today));
                }
                sent++;
            }
        }
        if (sent > 0) {
            LOG.infof("Queued %d membership expiry reminders", sent);
        }
        return sent;
    }
}
