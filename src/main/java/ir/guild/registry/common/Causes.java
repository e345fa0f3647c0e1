package ir.guild.registry.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return first(failure, wanted).isPresent();
    }

    /** The first of the failure, its causes and suppressed exceptions that is of the type, in {@link #any}'s order. */
    public static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> type) {
        return first(failure, type::isInstance).map(type::cast);
    }

    private static Optional<Throwable> first(Throwable failure, Predicate<Throwable> wanted) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable current = next.poll();
            if (seen.put(current, true) != null) {
                continue;
            }
            if (wanted.test(current)) {
                return Optional.of(current);
            }
            if (current.getCause() != null) {
                next.add(current.getCause());
            }
            next.addAll(List.of(current.getSuppressed()));
        }
        return Optional.empty();
    }
}
