package ir.guild.registry.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by PostgreSQL being unreachable (stopped, restarting, network cut, the
 * pool unable to open a connection in time) from a defect: the first is answered 503 so that
 * clients retry, the second 500.
 */
final class DatabaseOutages {

    private DatabaseOutages() {
    }

    /** Whether PostgreSQL's being unreachable is anywhere among the failure's causes and suppressed exceptions. */
    static boolean causedBy(Throwable failure) {
        return Causes.any(failure, DatabaseOutages::isOutage);
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
