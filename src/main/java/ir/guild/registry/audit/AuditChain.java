package ir.guild.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How an entry's hash is computed: SHA-256 over the previous hash and every field of
 * the entry, each length-prefixed so that no two different entries encode alike.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds: hash exactly what is stored. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String prevHash, Instant occurredAt, String actor, String actorRole, String action,
            String entityType, String entityId, String summary) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] { prevHash, storable(occurredAt).toString(), actor, actorRole, action,
                entityType, entityId, summary }) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hashOf(AuditEntry entry) {
        return hash(entry.prevHash, entry.occurredAt, entry.actor, entry.actorRole, entry.action, entry.entityType,
                entry.entityId, entry.summary);
    }
}
