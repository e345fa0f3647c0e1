package ir.guild.registry.partner.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.membership.Member;
import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.web.Language;

/** Subscriptions made through the service, and what deliveries left in the tables. */
@ApplicationScoped
public class WebhookFixtures {

    private final Subscriptions subscriptions;
    private final WebhookSecrets secrets;
    private final EntityManager em;

    WebhookFixtures(Subscriptions subscriptions, WebhookSecrets secrets, EntityManager em) {
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.em = em;
    }

    @Transactional
    public long subscribe(String clientId, Member member, String code, String callbackUrl) {
        PartnerFirm firm = PartnerFirm.byClientId(clientId).orElseThrow();
        return subscriptions.subscribe(firm, new SubscriptionForm(member.membershipNumber, code, callbackUrl),
                Language.EN).subscription().id;
    }

    @Transactional
    public String secret(String clientId) {
        return secrets.of(PartnerFirm.byClientId(clientId).orElseThrow()).secret;
    }

    /** Webhook messages waiting in the outbox. */
    @Transactional
    public long queued() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where kind = ?1 and status = 'PENDING'")
                .setParameter(1, WebhookCalls.KIND).getSingleResult()).longValue();
    }

    @Transactional
    public String outboxStatus() {
        return (String) em.createNativeQuery("select string_agg(status, ',') from outbox_message where kind = ?1")
                .setParameter(1, WebhookCalls.KIND).getSingleResult();
    }

    /** Makes every waiting webhook due now, as the backoff's passing would. */
    @Transactional
    public void makeRetriesDue() {
        em.createNativeQuery("update outbox_message set next_attempt_at = now() - interval '1 second'"
                + " where kind = ?1 and status = 'PENDING'").setParameter(1, WebhookCalls.KIND).executeUpdate();
    }

    @Transactional
    public List<WebhookDelivery> deliveries() {
        List<WebhookDelivery> all = WebhookDelivery.list("order by id");
        all.forEach(em::detach);
        return all;
    }
}
