package ir.guild.registry.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A one-time code sent by SMS to confirm a mobile number: only its keyed hash is kept. Rows stay
 * after use, so the sending limits can count them across instances.
 */
@Entity
@Table(name = "mobile_code")
public class MobileCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_subject", nullable = false)
    public String accountSubject;

    @Column(nullable = false)
    public String mobile;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "wrong_attempts", nullable = false)
    public int wrongAttempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MobileCodeStatus status;

    /** The account's newest code, whatever its status. */
    public static Optional<MobileCode> latestOf(String accountSubject) {
        return find("accountSubject = ?1 order by createdAt desc, id desc", accountSubject).firstResultOptional();
    }

    public static List<MobileCode> pendingOf(String accountSubject) {
        return list("accountSubject = ?1 and status = ?2", accountSubject, MobileCodeStatus.PENDING);
    }

    /** When each of the account's codes sent since {@code since} was sent, oldest first. */
    public static List<Instant> sentByAccountSince(String accountSubject, Instant since) {
        return getEntityManager().createQuery("select c.createdAt from MobileCode c"
                + " where c.accountSubject = ?1 and c.createdAt > ?2 order by c.createdAt", Instant.class)
                .setParameter(1, accountSubject).setParameter(2, since).getResultList();
    }

    /** When each code sent to {@code mobile} since {@code since}, by any account, was sent, oldest first. */
    public static List<Instant> sentToNumberSince(String mobile, Instant since) {
        return getEntityManager().createQuery("select c.createdAt from MobileCode c"
                + " where c.mobile = ?1 and c.createdAt > ?2 order by c.createdAt", Instant.class)
                .setParameter(1, mobile).setParameter(2, since).getResultList();
    }
}
