package ir.guild.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyTheLog() throws Exception {
        // Only the database owner can remove entries, and only by switching the guard off.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("alter table audit_entry disable trigger audit_entry_no_truncate");
            sql.execute("truncate audit_entry restart identity");
            sql.execute("alter table audit_entry enable trigger audit_entry_no_truncate");
        }
    }

    private AuditEntry record(String action, String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> audit.record(new AuditEvent(
                new Actor("demo-admin", "admin"), action, "Application", entityId, "status: SUBMITTED -> APPROVED")));
    }

    @Test
    void entriesAreChainedFromTheGenesis() {
        AuditEntry first = record("application.approve", "1");
        AuditEntry second = record("application.reject", "2");
        assertThat(first.prevHash).isEqualTo(AuditChain.GENESIS);
        assertThat(second.prevHash).isEqualTo(first.hash);
        assertThat(second.hash).hasSize(64).isNotEqualTo(first.hash);
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 2, null, null));
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 0, null, null));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(new AuditEvent(Actor.system("test"), "x", "Y", "1", "")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void anEntryRolledBackWithItsChangeLeavesNoTrace() {
        record("application.approve", "1");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            audit.record(new AuditEvent(Actor.system("test"), "application.reject", "Application", "2", ""));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        long count = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        assertThat(count).isEqualTo(1L);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theApplicationCannotChangeOrDeleteEntries() throws Exception {
        AuditEntry entry = record("application.approve", "1");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_entry set actor = 'x' where id = " + entry.id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_entry where id = " + entry.id))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void anEditedEntryIsTheFirstBrokenOne() throws Exception {
        record("a", "1");
        AuditEntry edited = record("b", "2");
        record("c", "3");
        tamper("update audit_entry set summary = 'status: SUBMITTED -> REJECTED' where id = " + edited.id);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(edited.id);
        assertThat(result.entries()).isEqualTo(1);
        assertThat(result.problem()).contains("content");
    }

    @Test
    void aDeletedEntryBreaksTheLinkOfTheNextOne() throws Exception {
        record("a", "1");
        AuditEntry deleted = record("b", "2");
        AuditEntry next = record("c", "3");
        tamper("delete from audit_entry where id = " + deleted.id);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(next.id);
        assertThat(result.problem()).contains("link");
    }

    @Test
    void anEditWithARecomputedHashIsFoundAtTheNextLink() throws Exception {
        record("a", "1");
        AuditEntry edited = record("b", "2");
        AuditEntry next = record("c", "3");
        String forgedHash = AuditChain.hash(edited.prevHash, edited.occurredAt, edited.actor, edited.actorRole,
                edited.action, edited.entityType, edited.entityId, "forged");
        tamper("update audit_entry set summary = 'forged', hash = '" + forgedHash + "' where id = " + edited.id);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(next.id);
        assertThat(result.entries()).isEqualTo(2);
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = Integer.toString(i);
                writes.add(pool.submit(() -> record("member.renew", id)));
            }
            for (Future<AuditEntry> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 40, null, null));
    }

    @Test
    void theVerificationWalksMoreThanOnePage() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < AuditLog.VERIFY_PAGE + 5; i++) {
                audit.record(new AuditEvent(Actor.system("import"), "member.import", "Member", "m" + i, ""));
            }
        });
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, AuditLog.VERIFY_PAGE + 5, null, null));
    }

    @Test
    void entriesWrittenInABatchLinkToTheChainBeforeAndAfterThem() {
        AuditEntry before = record("application.approve", "0");
        int count = AuditLog.BATCH_SIZE * 2 + 3;
        QuarkusTransaction.requiringNew().run(() -> {
            AuditLog.Batch batch = audit.batch();
            for (int i = 1; i <= count; i++) {
                batch.record(new AuditEvent(Actor.system("import"), "member.import", "Member", "m" + i, "row " + i));
            }
            batch.flush();
        });
        AuditEntry after = record("application.reject", "x");

        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, count + 2, null, null));
        List<AuditEntry> batched = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>list("id > ?1 and id < ?2 order by id", before.id, after.id));
        assertThat(batched).hasSize(count);
        assertThat(batched.get(0).prevHash).isEqualTo(before.hash);
        assertThat(batched.get(count - 1).entityId).isEqualTo("m" + count);
        assertThat(batched.get(count - 1).summary).isEqualTo("row " + count);
        assertThat(after.prevHash).isEqualTo(batched.get(count - 1).hash);
    }

    @Test
    void aBatchRolledBackWithItsChangeLeavesNoTrace() {
        record("application.approve", "1");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            AuditLog.Batch batch = audit.batch();
            for (int i = 0; i < AuditLog.BATCH_SIZE + 1; i++) {
                batch.record(new AuditEvent(Actor.system("import"), "member.import", "Member", "m" + i, ""));
            }
            throw new IllegalStateException("the import failed");
        })).isInstanceOf(IllegalStateException.class);
        record("application.reject", "2");

        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 2, null, null));
    }

    @Test
    void batchesAndSingleWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String id = Integer.toString(i);
                writes.add(pool.submit(() -> record("member.renew", id)));
                writes.add(pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    AuditLog.Batch batch = audit.batch();
                    for (int j = 0; j < 3; j++) {
                        batch.record(new AuditEvent(Actor.system("import"), "member.import", "Member", id + "-" + j, ""));
                    }
                    batch.flush();
                })));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 20 * 4, null, null));
    }

    /** What an attacker with database-owner rights would do. */
    private void tamper(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
            sql.executeUpdate(statement);
            sql.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
        }
    }
}
