package ir.guild.registry.notify;

/**
 * A messenger message as the outbox stores it. The chat is looked up when it is sent, so a chat
 * unlinked in between gets nothing.
 */
public record MessengerNotice(String accountSubject, String text, String link, String buttonLabel) {
}
