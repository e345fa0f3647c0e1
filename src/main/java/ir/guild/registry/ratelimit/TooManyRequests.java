package ir.guild.registry.ratelimit;

/** A request beyond its limit; answered 429 with {@code Retry-After} by {@link RateLimitAnswers}. */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
        super("Too many requests; try again in " + retryAfterSeconds + " seconds", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
