package ir.guild.registry.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Looks through a failure for what caused it. */
public final class Causes {

    private static final int MAX_EXCEPTIONS = 50;

    private Causes() {
    }

    /**
     * Whether the failure or any of its causes and suppressed exceptions is {@code wanted}: a
     * commit that fails because the server went away surfaces as a transaction manager's
     * RollbackException whose PostgreSQL error is only suppressed, not its cause.
     */
    public static boolean any(Throwable failure, Predicate<Throwable> wanted) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable current = next.poll();
            if (seen.put(current, true) != null) {
                continue;
            }
            if (wanted.test(current)) {
                return true;
            }
            if (current.getCause() != null) {
                next.add(current.getCause());
            }
            next.addAll(List.of(current.getSuppressed()));
        }
        return false;
    }
}
