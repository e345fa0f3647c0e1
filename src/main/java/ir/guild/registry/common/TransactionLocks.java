package ir.guild.registry.notify;

import jakarta.persistence.EntityManager;

/** Serialises work on one key (an account, a number) across instances until the transaction ends. */
final class TransactionLocks {

    private TransactionLocks() {
    }

    static void lock(EntityManager em, String key) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, key).getSingleResult();
    }
}
