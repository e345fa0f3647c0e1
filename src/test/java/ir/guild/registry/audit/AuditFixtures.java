package ir.guild.registry.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Audit entries for tests: an empty log, entries written at a chosen moment (chained like the
 * real ones) and the tampering an attacker with database-owner rights could do.
 */
@ApplicationScoped
public class AuditFixtures {

    private final AgroalDataSource dataSource;

    AuditFixtures(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Only the database owner can empty the log, and only by switching the guard off. */
    public void clear() {
        run("alter table audit_entry disable trigger audit_entry_no_truncate",
                "truncate audit_entry restart identity",
                "alter table audit_entry enable trigger audit_entry_no_truncate");
    }

    /** An entry as if written at {@code at}; entries must be added in the order they happened. */
    public AuditEntry entry(Instant at, String actor, String role, String action, String entityType, String entityId,
            String summary) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry previous = AuditEntry.latest();
            AuditEntry entry = new AuditEntry();
            entry.occurredAt = AuditChain.storable(at);
            entry.actor = actor;
            entry.actorRole = role;
            entry.action = action;
            entry.entityType = entityType;
            entry.entityId = entityId;
            entry.summary = summary;
            entry.prevHash = previous == null ? AuditChain.GENESIS : previous.hash;
            entry.hash = AuditChain.hashOf(entry);
            entry.persistAndFlush();
            return entry;
        });
    }

    /** Changes the log behind the application's back, as AuditLogTest does. */
    public void tamper(String statement) {
        run("alter table audit_entry disable trigger audit_entry_no_update_or_delete", statement,
                "alter table audit_entry enable trigger audit_entry_no_update_or_delete");
    }

    private void run(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
