package ir.guild.registry.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

/** A test handler that records deliveries, can be told to fail, and can be slowed down. */
@Singleton
public class RecordingHandler implements OutboxHandler<RecordingHandler.Note> {

    public static final String KIND = "test-note";

    public record Note(String text) {
    }

    final List<Long> deliveredIds = new CopyOnWriteArrayList<>();
    final List<String> deliveredTexts = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile long delayMillis;
    volatile boolean failPermanently;
    /** Runs once at the start of the next delivery, e.g. to let another relay claim meanwhile. */
    volatile Runnable duringDelivery;

    void reset() {
        deliveredIds.clear();
        deliveredTexts.clear();
        failuresLeft.set(0);
        delayMillis = 0;
        failPermanently = false;
        duringDelivery = null;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Note> payloadType() {
        return Note.class;
    }

    @Override
    public void deliver(Note note, long messageId) throws Exception {
        Runnable hook = duringDelivery;
        duringDelivery = null;
        if (hook != null) {
            hook.run();
        }
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        if (failPermanently) {
            throw new PermanentFailure("receiver refuses this note for good");
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("receiver unavailable");
        }
        deliveredIds.add(messageId);
        deliveredTexts.add(note.text());
    }
}
