package ir.guild.registry.common;

import jakarta.persistence.EntityManager;

/** PostgreSQL advisory locks held across instances until the transaction ends. */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Serialises work on one key (an account, a number): waits until the lock is free. */
    public static void lock(EntityManager em, String key) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, key).getSingleResult();
    }

    /**
     * Takes the lock of a job that one instance at a time should do (a clean-up), if no other
     * transaction holds it; returns at once either way, whether it was taken.
     */
    public static boolean tryLock(EntityManager em, long key) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult());
    }
}
