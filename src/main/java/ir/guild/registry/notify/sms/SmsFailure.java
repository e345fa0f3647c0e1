package ir.guild.registry.notify.sms;

/**
 * A message the provider did not accept, or whose fate is unknown. Its text never carries the
 * API key, the message or the code, so it may be logged and stored as it is.
 */
public class SmsFailure extends Exception {

    private final boolean retryable;
    private final Integer providerStatus;

    public SmsFailure(String message, boolean retryable, Integer providerStatus) {
        // No cause: the HTTP client's exceptions may name the request URL, which holds the key.
        super(message, null, false, true);
        this.retryable = retryable;
        this.providerStatus = providerStatus;
    }

    /**
     * Whether sending the same message again later can succeed: true for network errors,
     * timeouts, the provider's server errors and its "try later" and credit answers; false for
     * what needs a person to fix (invalid number, sender line, API key or template).
     */
    public boolean retryable() {
        return retryable;
    }

    /** The provider's status code, when it gave one. */
    public Integer providerStatus() {
        return providerStatus;
    }
}
