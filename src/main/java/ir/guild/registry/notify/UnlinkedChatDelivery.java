package ir.guild.registry.notify;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.notify.messenger.BotApi;
import ir.guild.registry.notify.messenger.BotApiFailure;
import ir.guild.registry.notify.messenger.MessengerConfig;
import ir.guild.registry.outbox.OutboxHandler;
import ir.guild.registry.outbox.PermanentFailure;

/**
 * Tells a chat unlinked on the settings page (or through the API) that no more notices will come
 * there. Only a courtesy: a chat that is gone, or a bot turned off meanwhile, gives it up at once,
 * and a chat linked again before it went gets nothing.
 */
@ApplicationScoped
public class UnlinkedChatDelivery implements OutboxHandler<UnlinkedChat> {

    private final MessengerConfig config;
    private final BotApi bot;

    UnlinkedChatDelivery(MessengerConfig config, BotApi bot) {
        this.config = config;
        this.bot = bot;
    }

    @Override
    public String kind() {
        return MessengerLinking.UNLINKED;
    }

    @Override
    public Class<UnlinkedChat> payloadType() {
        return UnlinkedChat.class;
    }

    @Override
    public void deliver(UnlinkedChat payload, long messageId) throws BotApiFailure, PermanentFailure {
        if (!config.enabled()) {
            throw new PermanentFailure("The messenger bot is off (guild.messenger.enabled=false)");
        }
        if (QuarkusTransaction.requiringNew().call(() -> ContactChannels.byChat(payload.chatId()).isPresent())) {
            // Linked again since (to the same account or another): "unlinked" would now be wrong.
            return;
        }
        try {
            bot.sendMessage(payload.chatId(), MessengerLinking.both(MessengerLinkTexts::chat_unlinked));
        } catch (BotApiFailure failure) {
            if (!failure.retryable()) {
                throw new PermanentFailure(failure.getMessage());
            }
            throw failure;
        }
    }
}
