package ir.guild.registry.notify.messenger;

/** Makes sure only one instance of the app polls the bot platform at a time. */
public interface PollerLock {

    /**
     * Takes the lock, or confirms it is still held.
     *
     * @return whether this instance holds the lock now; {@code false} while another one does
     */
    boolean acquire();

    /** Gives the lock up, so that another instance can take over; harmless when not held. */
    void release();
}
