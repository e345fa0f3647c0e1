package ir.guild.registry.partner;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ir.guild.registry.certification.Certificates;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.MemberSummary;
import ir.guild.registry.membership.MembershipNumbers;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Partner firms verify members who consented with a share code. A firm learns either that
 * the member is verified, with what the code's scope shares, or nothing: an unknown number,
 * a wrong, expired or revoked code and another member's code all answer the same. Every
 * verification is logged for the member, whatever its outcome; the log is its own record,
 * not the audit chain, because a verification changes nothing.
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
            List<Certificates.Checked> certificates, long shareCodeId) {
    }

    private final Certificates certificates;
    private final Clock clock = Clock.systemUTC();

    PartnerVerifications(Certificates certificates) {
        this.certificates = certificates;
    }

    public Optional<Verified> verify(PartnerFirm firm, VerificationRequest request, Language language) {
        FieldChecks checks = new FieldChecks(language);
        if (request == null) {
            checks.reject("membershipNumber", Invalid.REQUIRED);
            checks.reject("shareCode", Invalid.REQUIRED);
        } else {
            check(checks, "", request);
        }
        checks.throwIfInvalid();
        return verifyOne(firm, request, clock.instant());
    }

    /** One answer for each request, in order; refused as a whole when the batch is empty, too large or malformed. */
    public List<Optional<Verified>> verifyAll(PartnerFirm firm, VerificationBatch batch, Language language) {
        List<VerificationRequest> items = checkedItems(batch, language);
        Instant now = clock.instant();
        List<Optional<Verified>> answers = new ArrayList<>(items.size());
        for (VerificationRequest item : items) {
            answers.add(verifyOne(firm, item, now));
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
     * The same queries are made whatever the outcome (the member by number, the code by hash,
     * the member's certificates, the log row) and the hashes are compared in constant time, so
     * the time an answer takes does not tell a wrong code from an unknown number either. Member
     * and code are read as projections: a verification changes neither.
     */
    private Optional<Verified> verifyOne(PartnerFirm firm, VerificationRequest request, Instant now) {
        Optional<MemberSummary> member = Member.summaryByNumber(
                MembershipNumbers.parse(request.membershipNumber()).orElse(NO_NUMBER));
        byte[] given = ShareCodes.hash(ShareCodes.parse(request.shareCode()).orElse(""));
        Optional<ShareCode.Given> stored = ShareCode.givenByHash(given);
        long memberId = member.map(MemberSummary::id).orElse(NO_MEMBER);
        boolean sameHash = MessageDigest.isEqual(stored.map(ShareCode.Given::codeHash).orElse(NO_HASH), given);
        boolean ownCode = sameHash && stored.get().memberId() == memberId;
        List<Certificates.Checked> held = certificates.ofMember(memberId,
                member.map(MemberSummary::inGoodStanding).orElse(false));

        VerificationOutcome outcome = member.isEmpty() ? VerificationOutcome.UNKNOWN_NUMBER
                : !ownCode ? VerificationOutcome.WRONG_CODE
                : VerificationOutcome.of(stored.get().statusAt(now));
        ShareCode.Given code = ownCode ? stored.get() : null;
        PartnerVerification.log(firm, member.isEmpty() ? null : memberId, code == null ? null : code.id(),
                code == null ? null : code.scope(), outcome, now);
        if (outcome != VerificationOutcome.VERIFIED) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, GuildClock.ZONE);
        return Optional.of(new Verified(member.get(), member.get().statusOn(today), code.scope(),
                code.scope().includesCertificates() ? held : null, code.id()));
    }
}
