package ir.guild.registry.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The guild's audit log. Every state change writes its entry in the same transaction,
 * so an entry exists exactly when the change does.
 */
@ApplicationScoped
public class AuditLog {

    /** Appends are serialised by this advisory lock so the chain never forks. */
    static final long CHAIN_LOCK = 0x6175646974L;
    static final int VERIFY_PAGE = 1000;

    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Writes an entry; must run inside the transaction that makes the change. */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, CHAIN_LOCK).getSingleResult();
        AuditEntry previous = AuditEntry.latest();
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = AuditChain.storable(Instant.now(clock));
        entry.actor = event.actor().account();
        entry.actorRole = event.actor().role();
        entry.action = event.action();
        entry.entityType = event.entityType();
        entry.entityId = event.entityId();
        entry.summary = event.summary();
        entry.prevHash = previous == null ? AuditChain.GENESIS : previous.hash;
        entry.hash = AuditChain.hashOf(entry);
        entry.persistAndFlush();
        return entry;
    }

    /** The entries about one entity, oldest first, for showing its history. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        return AuditEntry.historyOf(entityType, entityId);
    }

    /**
     * Walks the whole chain in order, page by page so memory stays flat, and stops at the
     * first entry whose link or content does not match.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public ChainVerification verify() {
        String expectedPrev = AuditChain.GENESIS;
        long lastId = 0;
        long checked = 0;
        List<AuditEntry> page;
        do {
            page = AuditEntry.pageAfter(lastId, VERIFY_PAGE);
            for (AuditEntry entry : page) {
                if (!expectedPrev.equals(entry.prevHash)) {
                    return ChainVerification.broken(checked, entry.id,
                            "does not link to the entry before it (an entry was removed or changed)");
                }
                if (!AuditChain.hashOf(entry).equals(entry.hash)) {
                    return ChainVerification.broken(checked, entry.id, "its content does not match its hash");
                }
                expectedPrev = entry.hash;
                lastId = entry.id;
                checked++;
            }
            em.clear();
        } while (page.size() == VERIFY_PAGE);
        return ChainVerification.intact(checked);
    }
}
