package ir.guild.registry.outbox;

/**
 * Thrown by a handler when sending again cannot help (a number the provider refuses, a bot token
 * that was revoked): the relay gives the message up at once instead of retrying it for hours. Its
 * message is stored and shown to admins, so it must not carry secrets or message text.
 */
public class PermanentFailure extends Exception {

    public PermanentFailure(String message) {
        super(message, null, false, false);
    }
}
