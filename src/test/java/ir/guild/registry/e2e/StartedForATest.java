package ir.guild.registry.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test class started outside the JVM's own care (PostgreSQL, app instances, servers),
 * stopped in the reverse order after the class, or when the JVM exits if the class never got to
 * it, so that no process outlives the run.
 */
final class StartedForATest implements AutoCloseable {

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Thread onExit;

    StartedForATest(String name) {
        onExit = new Thread(this::stopAll, name + "-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    synchronized <T extends AutoCloseable> T add(T thing) {
        started.add(thing);
        return thing;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook runs anyway
        }
    }

    private synchronized void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }
}
