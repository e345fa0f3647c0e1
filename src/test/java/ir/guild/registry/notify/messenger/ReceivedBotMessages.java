package ir.guild.registry.notify.messenger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Collects the messages the running app's poller fires, for {@link MessengerBotTest}. */
@ApplicationScoped
public class ReceivedBotMessages {

    private final List<IncomingBotMessage> messages = new CopyOnWriteArrayList<>();

    /** A method, not the field: the test holds a client proxy, whose own fields are not the bean's. */
    List<IncomingBotMessage> messages() {
        return List.copyOf(messages);
    }

    void on(@Observes IncomingBotMessage message) {
        messages.add(message);
    }
}
