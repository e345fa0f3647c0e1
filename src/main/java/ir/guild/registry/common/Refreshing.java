package ir.guild.registry.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value worked out at most once per period and shared by every caller meanwhile: callers that
 * arrive while it is being worked out wait for that one computation rather than start their own.
 * A period of zero works it out on every call.
 */
public final class Refreshing<T> {

    private final Duration period;
    private final Clock clock;
    private final Supplier<T> compute;
    private T value;
    private Instant computedAt;

    public Refreshing(Duration period, Clock clock, Supplier<T> compute) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("a refresh period cannot be negative: " + period);
        }
        this.period = period;
        this.clock = clock;
        this.compute = compute;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(computedAt.plus(period))) {
            value = compute.get();
            computedAt = now;
        }
        return value;
    }
}
