package ir.guild.registry.notify.messenger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Everything logged under the messenger package, down to the finest level, while it is open. */
final class LogCapture extends Handler implements AutoCloseable {

    private static final String CATEGORY = "ir.guild.registry.notify.messenger";

    private final Logger logger = Logger.getLogger(CATEGORY);
    private final Level previous;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    LogCapture() {
        previous = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Each record as it would be read: level, formatted message and the stack trace's messages. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " " + format(record));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        lines.add(line.toString());
    }

    private static String format(LogRecord record) {
        // JBoss log records format themselves; plain JUL ones are formatted here.
        if (record instanceof org.jboss.logmanager.ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
