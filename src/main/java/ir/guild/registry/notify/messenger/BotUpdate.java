package ir.guild.registry.notify.messenger;

import java.util.Optional;

/**
 * One update of getUpdates. Only text messages from private chats are of interest; anything else
 * (a photo, an edited message, a message in a group the bot was added to) has no message here
 * but still moves the offset on.
 */
public record BotUpdate(long updateId, IncomingBotMessage message) {

    public Optional<IncomingBotMessage> textMessage() {
        return Optional.ofNullable(message);
    }
}
