package ir.guild.registry.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Empties the membership tables between tests (the audit log stays: it is append-only). */
@ApplicationScoped
public class MembershipTestData {

    private final EntityManager em;

    MembershipTestData(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void clear() {
        // Webhook deliveries, subscriptions and secrets point at share codes, members and firms: they go first.
        em.createNativeQuery("delete from webhook_delivery").executeUpdate();
        em.createNativeQuery("delete from partner_subscription").executeUpdate();
        em.createNativeQuery("delete from partner_webhook_secret").executeUpdate();
        // Partner verifications and share codes point at members and partner firms: they go first.
        em.createNativeQuery("delete from partner_verification").executeUpdate();
        em.createNativeQuery("delete from share_code").executeUpdate();
        // Certificates, certification requests and legal-aid cases belong to members: they go next.
        em.createNativeQuery("delete from legal_aid_case").executeUpdate();
        em.createNativeQuery("delete from legal_aid_number_sequence").executeUpdate();
        em.createNativeQuery("delete from counsel_profile").executeUpdate();
        em.createNativeQuery("delete from partner_firm").executeUpdate();
        em.createNativeQuery("delete from certificate").executeUpdate();
        em.createNativeQuery("delete from certification_request").executeUpdate();
        em.createNativeQuery("delete from member_reminder").executeUpdate();
        em.createNativeQuery("delete from member_specialty").executeUpdate();
        em.createNativeQuery("delete from member").executeUpdate();
        em.createNativeQuery("delete from membership_application_specialty").executeUpdate();
        em.createNativeQuery("delete from membership_application").executeUpdate();
        em.createNativeQuery("delete from membership_number_sequence").executeUpdate();
        em.createNativeQuery("delete from outbox_message").executeUpdate();
    }

    @Transactional
    public long applications() {
        return Application.count();
    }

    @Transactional
    public long members() {
        return Member.count();
    }

    @Transactional
    public long outbox(String kind) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where kind = ?1")
                .setParameter(1, kind).getSingleResult()).longValue();
    }
}
