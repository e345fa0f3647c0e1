package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** Which failures mean "PostgreSQL is unreachable" (503, retry) rather than a defect (500). */
class DatabaseOutagesTest {

    @Test
    void connectionErrorsAndAServerShuttingDownAreOutages() {
        assertThat(DatabaseOutages.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseOutages.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutages.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutages.causedBy(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(DatabaseOutages.causedBy(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void anOutageIsFoundDeepInTheCausesAndAmongSuppressedExceptions() {
        RuntimeException wrapped = new RuntimeException("transaction failed",
                new IllegalStateException("flush", new SQLException("I/O error", "08006")));
        assertThat(DatabaseOutages.causedBy(wrapped)).isTrue();

        RuntimeException rollback = new RuntimeException("rolled back");
        rollback.addSuppressed(new SQLException("An I/O error occurred", "08006"));
        assertThat(DatabaseOutages.causedBy(rollback)).isTrue();
    }

    @Test
    void constraintViolationsAndOrdinaryBugsAreNot() {
        assertThat(DatabaseOutages.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutages.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutages.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertThat(DatabaseOutages.causedBy(first)).isFalse();
    }
}
