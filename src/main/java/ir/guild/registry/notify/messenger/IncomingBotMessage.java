package ir.guild.registry.notify.messenger;

/**
 * A text someone sent the bot in a private chat. Fired as a CDI event by the poller, so that
 * linking a member's chat can be built on top without touching the polling.
 *
 * @param chatId where to answer, and what a linked member's messages go to
 * @param fromUserId the sender's account id on the platform
 * @param username the sender's user name without {@code @}, or {@code null} when they have none
 * @param text what they typed, as typed; never log it (it may be a one-time linking code)
 */
public record IncomingBotMessage(long chatId, long fromUserId, String username, String text) {

    @Override
    public String toString() {
        return "IncomingBotMessage[chatId=" + chatId + ", fromUserId=" + fromUserId + ", text=(" + text.length()
                + " characters)]";
    }
}
