package ir.guild.registry.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * At most {@code limit} events in any {@code window}, counted from the events' own rows (codes
 * sent, say), so the limit holds across instances without a counter of its own.
 */
public record SlidingWindow(int limit, Duration window) {

    /**
     * Seconds until one more event fits, or 0 when it fits now.
     *
     * @param sent the times of the events within the window before {@code now}, oldest first
     */
    public long retryAfter(List<Instant> sent, Instant now) {
        if (sent.size() < limit) {
            return 0;
        }
        Instant frees = sent.get(sent.size() - limit).plus(window);
        return Math.max(1, Duration.between(now, frees).toSeconds() + 1);
    }

    /** The start of the window that ends {@code now}: the events to count are those after it. */
    public Instant since(Instant now) {
        return now.minus(window);
    }
}
