package ir.guild.registry.common;

import java.nio.channels.ClosedChannelException;

import io.vertx.core.http.HttpClosedException;

/**
 * A request whose client closed the connection before its body was read (a partner's call
 * abandoned at its own timeout, a browser tab closed during an upload). No answer can reach
 * anyone, and nothing went wrong on our side: it is not an unexpected error.
 */
final class ClientAborts {

    private ClientAborts() {
    }

    static boolean causedBy(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof HttpClosedException
                || cause instanceof ClosedChannelException);
    }
}
