package ir.guild.registry.notify.sms;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** Everything the SMS package logs, at every level, while open. */
final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("ir.guild.registry.notify.sms");
    private final Level previous = logger.getLevel();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    CapturedLog() {
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder();
        if (record instanceof ExtLogRecord ext) {
            line.append(ext.getFormattedMessage());
        }
        // The raw parts too, in case a formatter would show them differently.
        line.append(" | ").append(record.getMessage()).append(" | ")
                .append(Arrays.toString(record.getParameters()));
        if (record.getThrown() != null) {
            line.append(" | ").append(record.getThrown());
        }
        lines.add(line.toString());
    }

    List<String> lines() {
        return lines;
    }

    String all() {
        return String.join("\n", lines);
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
