package ir.guild.registry.notify.messenger;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Puts the messenger bot into the app: checks {@code guild.messenger.*} at start (a bad setting
 * stops the start with a message naming the key), offers {@link BotApi} for injection and, when
 * enabled, runs the {@link BotUpdatesPoller}, which fires every incoming text as an
 * {@link IncomingBotMessage} CDI event. The poller stops on shutdown, releasing its lock.
 */
@ApplicationScoped
public class MessengerBot {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final MessengerConfig config;
    private final ObjectMapper json;
    private final Event<IncomingBotMessage> incoming;
    private final DataSource dataSource;
    private BotApi api;
    private BotUpdatesPoller poller;

    MessengerBot(MessengerConfig config, ObjectMapper json, Event<IncomingBotMessage> incoming, DataSource dataSource) {
        this.config = config;
        this.json = json;
        this.incoming = incoming;
        this.dataSource = dataSource;
    }

    /** Made on first use, so that an app without the bot opens no HTTP client for it. */
    @Produces
    @Singleton
    synchronized BotApi botApi() {
        if (api == null) {
            api = BotApi.of(config, json);
        }
        return api;
    }

    void start(@Observes StartupEvent startup) {
        MessengerSettings.check(config);
        if (config.enabled()) {
            poller = new BotUpdatesPoller(botApi(), new PostgresPollerLock(dataSource), incoming::fire,
                    BotUpdatesPoller.Timing.of(config));
            poller.start();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (poller != null) {
            poller.stop(STOP_WAIT);
        }
    }
}
