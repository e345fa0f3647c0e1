package ir.guild.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

/**
 * The guild's audit log. Every state change writes its entry in the same transaction,
 * so an entry exists exactly when the change does.
 */
@ApplicationScoped
public class AuditLog {

    /** Appends are serialised by this advisory lock so the chain never forks. */
    static final long CHAIN_LOCK = 0x6175646974L;
    static final int VERIFY_PAGE = 1000;
    /** Entries a {@link Batch} writes in one statement. */
    static final int BATCH_SIZE = 1000;

    static final String NEXT_IDS = "select nextval(pg_get_serial_sequence('audit_entry', 'id')) from generate_series(1, ?)";
    static final String INSERT_ALL = """
            insert into audit_entry (id, occurred_at, actor, actor_role, action, entity_type, entity_id, summary,
                                     prev_hash, hash)
            select * from unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::text[], ?::text[], ?::text[])""";

    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Writes an entry; must run inside the transaction that makes the change. */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        AuditEntry entry = linked(event, lockedHead());
        entry.persistAndFlush();
        return entry;
    }

    /**
     * Starts writing many entries in the calling transaction, such as one per row of an import:
     * the chain's lock is taken once, for the rest of the transaction, and the chain's head is
     * kept in memory, so that entries go to the database a statement per {@link #BATCH_SIZE}.
     * Nothing else may record in this transaction until {@link Batch#flush()} has written the
     * last of them.
     */
    @Transactional(TxType.MANDATORY)
    public Batch batch() {
        return new Batch(lockedHead());
    }

    /** Takes the chain's lock until the transaction ends; the hash the next entry links to. */
    private String lockedHead() {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, CHAIN_LOCK).getSingleResult();
        AuditEntry previous = AuditEntry.latest();
        return previous == null ? AuditChain.GENESIS : previous.hash;
    }

    private AuditEntry linked(AuditEvent event, String prevHash) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = AuditChain.storable(Instant.now(clock));
        entry.actor = event.actor().account();
        entry.actorRole = event.actor().role();
        entry.action = event.action();
        entry.entityType = event.entityType();
        entry.entityId = event.entityId();
        entry.summary = event.summary();
        entry.prevHash = prevHash;
        entry.hash = AuditChain.hashOf(entry);
        return entry;
    }

    /** Entries linked in memory and written together; see {@link AuditLog#batch()}. */
    public final class Batch {

        private final List<AuditEntry> pending = new ArrayList<>();
        private String head;

        private Batch(String head) {
            this.head = head;
        }

        /** Links the entry to the one before it; written at the latest by {@link #flush()}. */
        public void record(AuditEvent event) {
            AuditEntry entry = linked(event, head);
            head = entry.hash;
            pending.add(entry);
            if (pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        /** Writes the entries recorded so far. Ids follow the chain's order, as {@link #verify()} walks it. */
        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            em.unwrap(Session.class).doWork(this::write);
            pending.clear();
        }

        private void write(Connection connection) throws SQLException {
            int count = pending.size();
            Object[] ids = new Object[count];
            try (PreparedStatement next = connection.prepareStatement(NEXT_IDS)) {
                next.setInt(1, count);
                try (ResultSet rows = next.executeQuery()) {
                    List<Long> allocated = new ArrayList<>(count);
                    while (rows.next()) {
                        allocated.add(rows.getLong(1));
                    }
                    allocated.sort(null);
                    allocated.toArray(ids);
                }
            }
            String[][] columns = new String[9][count];
            for (int i = 0; i < count; i++) {
                AuditEntry entry = pending.get(i);
                columns[0][i] = entry.occurredAt.toString();
                columns[1][i] = entry.actor;
                columns[2][i] = entry.actorRole;
                columns[3][i] = entry.action;
                columns[4][i] = entry.entityType;
                columns[5][i] = entry.entityId;
                columns[6][i] = entry.summary;
                columns[7][i] = entry.prevHash;
                columns[8][i] = entry.hash;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setArray(1, connection.createArrayOf("bigint", ids));
                for (int column = 0; column < columns.length; column++) {
                    insert.setArray(column + 2, connection.createArrayOf("text", columns[column]));
                }
                insert.executeUpdate();
            }
        }
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
