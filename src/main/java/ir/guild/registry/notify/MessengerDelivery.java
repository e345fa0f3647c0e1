package ir.guild.registry.notify;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.notify.messenger.BotApi;
import ir.guild.registry.notify.messenger.BotApiFailure;
import ir.guild.registry.notify.messenger.LinkButton;
import ir.guild.registry.notify.messenger.MessengerConfig;
import ir.guild.registry.outbox.OutboxHandler;
import ir.guild.registry.outbox.PermanentFailure;

/**
 * Sends the messenger notices of the outbox to the chat the person linked, with a button to the
 * page. A chat that is gone (the person blocked the bot or deleted the chat) is unlinked and the
 * message dropped; a failure that cannot pass by itself (a revoked token, the bot turned off) gives
 * the message up at once.
 */
@ApplicationScoped
public class MessengerDelivery implements OutboxHandler<MessengerNotice> {

    private static final Logger LOG = Logger.getLogger(MessengerDelivery.class);

    private final MessengerConfig config;
    private final BotApi bot;

    MessengerDelivery(MessengerConfig config, BotApi bot) {
        this.config = config;
        this.bot = bot;
    }

    @Override
    public String kind() {
        return Notifications.MESSENGER;
    }

    @Override
    public Class<MessengerNotice> payloadType() {
        return MessengerNotice.class;
    }

    @Override
    public void deliver(MessengerNotice notice, long messageId) throws BotApiFailure, PermanentFailure {
        if (!config.enabled()) {
            throw new PermanentFailure("The messenger bot is off (guild.messenger.enabled=false)");
        }
        Optional<Long> chat = QuarkusTransaction.requiringNew()
                .call(() -> ContactChannels.of(notice.accountSubject()).flatMap(ContactChannels::messengerChat));
        if (chat.isEmpty()) {
            LOG.infof("Messenger message %d dropped: its recipient no longer has a chat linked", messageId);
            return;
        }
        try {
            bot.sendMessage(chat.get(), notice.text(), new LinkButton(notice.buttonLabel(), URI.create(notice.link())));
        } catch (BotApiFailure failure) {
            if (failure.chatGone()) {
                QuarkusTransaction.requiringNew().run(() -> ContactChannels.byChat(chat.get())
                        .ifPresent(channels -> channels.unlinkChat(Instant.now())));
                LOG.infof("Messenger message %d dropped: the chat is gone, so it was unlinked", messageId);
                return;
            }
            if (!failure.retryable()) {
                throw new PermanentFailure(failure.getMessage());
            }
            throw failure;
        }
    }
}
