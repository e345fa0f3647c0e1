package ir.guild.registry.partner;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.agroal.api.AgroalDataSource;

import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.PublicCode;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.MemberSummary;
import ir.guild.registry.membership.MembershipNumbers;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Partner firms verify members who consented with a share code. A firm learns either that
 * the member is verified, with what the code's scope shares, or nothing: an unknown number,
 * a wrong, expired or revoked code and another member's code all answer the same. Every
 * verification is logged for the member, whatever its outcome; the log is its own record,
 * not the audit chain, because a verification changes nothing.
 *
 * <p>The busiest call of the partner API, so it reads and logs with plain statements on the
 * pooled connection, without entities: one statement finds the member, the code and the
 * certificates, one more logs the answer. A single verification needs no transaction (the log row
 * is one statement); a batch, or a caller already in a transaction, shares it.
 */
@ApplicationScoped
@Transactional
public class PartnerVerifications {

    public static final int BATCH_MAX = 100;
    static final int FIELD_MAX = 64;

    /** Stand-ins for input that cannot be a number or a code, so that the same lookups are made. */
    private static final String NO_NUMBER = "";
    private static final long NO_MEMBER = -1;
    private static final byte[] NO_HASH = new byte[32];

    /**
     * A member verified: what the code's scope lets the firm see; certificates only for the wider
     * scope. The code itself is what a subscription made with it lives by.
     */
    public record Verified(MemberSummary member, MemberStatus status, ShareScope scope,
            List<SharedCertificate> certificates, long shareCodeId) {
    }

    /** A certificate of the member as a firm sees it, with its status on the day of the verification. */
    public record SharedCertificate(String code, String trackCode, int level, CertificateStatus status,
            LocalDate expiresOn) {

        /** The code grouped as it is printed, and as /verify takes it. */
        public String displayCode() {
            return PublicCode.display(code);
        }
    }

    // The outer joins keep one row when nothing matches, so the statement reads the same tables
    // whatever the outcome; the member's certificates come newest first.
    private static final String FIND = """
            select m.id, m.membership_number, m.full_name, m.grade, m.status, m.valid_until,
                   s.id, s.member_id, s.code_hash, s.scope, s.expires_at, s.revoked_at,
                   c.public_code, t.code, c.level, c.expires_on, c.revoked_at is not null
            from (values (1)) as one (n)
            left join member m on m.membership_number = ?
            left join share_code s on s.code_hash = ?
            left join certificate c on c.member_id = m.id
            left join certification_track t on t.id = c.track_id
            order by c.issued_on desc, c.id desc""";

    private static final String LOG = """
            insert into partner_verification (partner_firm_id, member_id, share_code_id, scope, outcome, verified_at)
            values (?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;
    private final Clock clock = Clock.systemUTC();

    PartnerVerifications(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Verified> verify(long firmId, VerificationRequest request, Language language) {
        FieldChecks checks = new FieldChecks(language);
        if (request == null) {
            checks.reject("membershipNumber", Invalid.REQUIRED);
            checks.reject("shareCode", Invalid.REQUIRED);
        } else {
            check(checks, "", request);
        }
        checks.throwIfInvalid();
        try (Connection connection = dataSource.getConnection()) {
            return verifyOne(connection, firmId, request, clock.instant());
        } catch (SQLException e) {
            throw new PersistenceException("Could not verify a member for partner firm " + firmId, e);
        }
    }

    /** One answer for each request, in order; refused as a whole when the batch is empty, too large or malformed. */
    public List<Optional<Verified>> verifyAll(long firmId, VerificationBatch batch, Language language) {
        List<VerificationRequest> items = checkedItems(batch, language);
        Instant now = clock.instant();
        List<Optional<Verified>> answers = new ArrayList<>(items.size());
        try (Connection connection = dataSource.getConnection()) {
            for (VerificationRequest item : items) {
                answers.add(verifyOne(connection, firmId, item, now));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not verify a batch for partner firm " + firmId, e);
        }
        return answers;
    }

    /** The items of a batch, once it is known to hold 1 to {@link #BATCH_MAX} well-formed ones. */
    public static List<VerificationRequest> checkedItems(VerificationBatch batch, Language language) {
        FieldChecks checks = new FieldChecks(language);
        List<VerificationRequest> items = batch == null ? null : batch.items();
        if (items == null || items.isEmpty()) {
            checks.reject("items", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        if (items.size() > BATCH_MAX) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "A batch holds at most " + BATCH_MAX + " verifications; this one has " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                checks.reject("items[" + i + "]", Invalid.REQUIRED);
            } else {
                check(checks, "items[" + i + "].", items.get(i));
            }
        }
        checks.throwIfInvalid();
        return items;
    }

    private static void check(FieldChecks checks, String prefix, VerificationRequest request) {
        checks.text(prefix + "membershipNumber", request.membershipNumber(), true, FIELD_MAX);
        checks.text(prefix + "shareCode", request.shareCode(), true, FIELD_MAX);
    }

    /**
     * The same statements are made whatever the outcome (the member by number, the code by hash
     * and the member's certificates in one, then the log row) and the hashes are compared in
     * constant time, so the time an answer takes does not tell a wrong code from an unknown
     * number either.
     */
    private static Optional<Verified> verifyOne(Connection connection, long firmId, VerificationRequest request,
            Instant now) throws SQLException {
        byte[] given = ShareCodes.hash(ShareCodes.parse(request.shareCode()).orElse(""));
        LocalDate today = LocalDate.ofInstant(now, GuildClock.ZONE);
        Found found = find(connection, MembershipNumbers.parse(request.membershipNumber()).orElse(NO_NUMBER), given,
                today);
        Optional<MemberSummary> member = found.member();
        Optional<ShareCode.Given> stored = found.code();
        long memberId = member.map(MemberSummary::id).orElse(NO_MEMBER);
        boolean sameHash = MessageDigest.isEqual(stored.map(ShareCode.Given::codeHash).orElse(NO_HASH), given);
        boolean ownCode = sameHash && stored.get().memberId() == memberId;

        VerificationOutcome outcome = member.isEmpty() ? VerificationOutcome.UNKNOWN_NUMBER
                : !ownCode ? VerificationOutcome.WRONG_CODE
                : VerificationOutcome.of(stored.get().statusAt(now));
        ShareCode.Given code = ownCode ? stored.get() : null;
        log(connection, firmId, member.isEmpty() ? null : memberId, code, outcome, now);
        if (outcome != VerificationOutcome.VERIFIED) {
            return Optional.empty();
        }
        return Optional.of(new Verified(member.get(), member.get().statusOn(today), code.scope(),
                code.scope().includesCertificates() ? found.certificates() : null, code.id()));
    }

    // What one statement found: the member by number, the code by hash, and the member's certificates.
    private record Found(Optional<MemberSummary> member, Optional<ShareCode.Given> code,
            List<SharedCertificate> certificates) {
    }

    private static Found find(Connection connection, String membershipNumber, byte[] codeHash, LocalDate today)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, membershipNumber);
            statement.setBytes(2, codeHash);
            try (ResultSet row = statement.executeQuery()) {
                // The outer joins make at least one row, with the certificate's columns null when there is none.
                row.next();
                Optional<MemberSummary> member = row.getObject(1) == null ? Optional.empty()
                        : Optional.of(new MemberSummary(row.getLong(1), row.getString(2), row.getString(3),
                                Grade.valueOf(row.getString(4)), Member.StoredStatus.valueOf(row.getString(5)),
                                row.getObject(6, LocalDate.class)));
                Optional<ShareCode.Given> code = row.getObject(7) == null ? Optional.empty()
                        : Optional.of(new ShareCode.Given(row.getLong(7), row.getLong(8), row.getBytes(9),
                                ShareScope.valueOf(row.getString(10)), instant(row, 11), instant(row, 12)));
                boolean holderInGoodStanding = member.map(MemberSummary::inGoodStanding).orElse(false);
                List<SharedCertificate> certificates = new ArrayList<>();
                while (row.getString(13) != null) {
                    LocalDate expiresOn = row.getObject(16, LocalDate.class);
                    certificates.add(new SharedCertificate(row.getString(13), row.getString(14), row.getInt(15),
                            CertificateStatus.of(row.getBoolean(17), expiresOn, holderInGoodStanding, today),
                            expiresOn));
                    if (!row.next()) {
                        break;
                    }
                }
                return new Found(member, code, certificates);
            }
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Every verification is logged for the member it names, whatever its outcome. */
    private static void log(Connection connection, long firmId, Long memberId, ShareCode.Given code,
            VerificationOutcome outcome, Instant verifiedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOG)) {
            statement.setLong(1, firmId);
            statement.setObject(2, memberId, Types.BIGINT);
            statement.setObject(3, code == null ? null : code.id(), Types.BIGINT);
            statement.setString(4, code == null ? null : code.scope().name());
            statement.setString(5, outcome.name());
            statement.setObject(6, verifiedAt.atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }
}
