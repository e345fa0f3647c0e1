package ir.guild.registry.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import ir.guild.registry.certification.PublicCode;

/**
 * A one-time code a person sends the messenger bot to link their chat to their account. Made
 * of {@value #LENGTH} characters of the certificates' Crockford alphabet ({@link PublicCode}):
 * no O/0 or I/1/L to confuse, read back forgiving case, spaces, dashes and Persian or Arabic
 * digits. Only its SHA-256 is kept: 40 random bits would not resist trying every code against a
 * copied hash for long, but a code lives minutes and works once, so a copy is stale before
 * anyone is through. Rows stay after use or expiry, so the hourly limit can count them.
 */
@Entity
@Table(name = "messenger_link_code")
public class MessengerLinkCode extends PanacheEntityBase {

    public static final int LENGTH = 8;

    @Id
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "account_subject", nullable = false)
    public String accountSubject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** A fresh code as shown and sent: eight characters, no dash. */
    static String generate() {
        return PublicCode.generate(LENGTH);
    }

    /** The code in what someone typed, or empty when it cannot be one. */
    static Optional<String> parse(String typed) {
        return PublicCode.parse(typed, LENGTH);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The row of a code, locked until the transaction ends. */
    static Optional<MessengerLinkCode> forUse(String code) {
        return findByIdOptional(hash(code), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The account's codes made since {@code since}, oldest first; what the hourly limit counts. */
    static java.util.List<MessengerLinkCode> madeSince(String accountSubject, Instant since) {
        return list("accountSubject = ?1 and createdAt > ?2 order by createdAt", accountSubject, since);
    }

    /** Ends every code of the account not used yet, so that only the newest one works. */
    static int voidUnused(String accountSubject, Instant at) {
        return update("expiresAt = ?1 where accountSubject = ?2 and usedAt is null and expiresAt > ?1", at,
                accountSubject);
    }

    boolean usable(Instant at) {
        return usedAt == null && expiresAt.isAfter(at);
    }
}
