package ir.guild.registry.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by PostgreSQL being unreachable (stopped, restarting, network cut, the
 * pool unable to open a connection in time) from a defect: the first is answered 503 so that
 * clients retry, the second 500.
 */
final class DatabaseOutages {

    private static final int MAX_EXCEPTIONS = 50;

    private DatabaseOutages() {
    }

    /**
     * Looks through the causes and the suppressed exceptions: a commit that fails because the
     * server went away surfaces as a transaction manager's RollbackException whose PostgreSQL
     * error is only suppressed, not its cause.
     */
    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable current = next.poll();
            if (seen.put(current, true) != null) {
                continue;
            }
            if (isOutage(current)) {
                return true;
            }
            if (current.getCause() != null) {
                next.add(current.getCause());
            }
            next.addAll(List.of(current.getSuppressed()));
        }
        return false;
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-03: the server is shutting down or not accepting connections yet.
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            // The pool's own timeout (Agroal) carries no SQL state.
            String message = sql.getMessage();
            return message != null && message.contains("acquisition timeout");
        }
        return false;
    }
}
