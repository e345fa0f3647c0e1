package ir.guild.registry.common;

import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * What an unexpected failure becomes: logged in full under a fresh error id, and shown to
 * the client as that id only.
 */
final class UnexpectedErrors {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {
    }

    static Problem report(Throwable failure, int status, String path) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected error %s on %s", errorId, path);
        return Problem.forStatus(status, "Something went wrong on our side (error id " + errorId + ")", path);
    }
}
