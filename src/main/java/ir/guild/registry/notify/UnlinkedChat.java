package ir.guild.registry.notify;

/** The outbox payload telling a chat it was unlinked from the registry's side. */
public record UnlinkedChat(long chatId) {
}
