package ir.guild.registry.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.Language;

/**
 * A member's side of consent: making share codes, listing and revoking them, and reading who
 * verified them. Anyone with a membership in the registry may share it, whatever its status:
 * a suspended or expired member may still need to show a firm where they stand, and the firm
 * is told that status, never more than the truth. Someone without a membership (never a
 * member, or revoked) has nothing to share and gets 404, as on {@code GET /members/me}.
 */
@ApplicationScoped
@Transactional
public class ShareCodeService {

    public static final String ENTITY = "ShareCode";
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(90);
    public static final int LABEL_MAX = 100;
    /** An expiry given as a moment may miss the bounds by this much: the request takes time to arrive. */
    static final Duration GRACE = Duration.ofMinutes(1);

    /** A code just made: the only time its full text exists outside the member's hands. */
    public record Issued(ShareCode shareCode, String code) {
    }

    /** A code in the member's list, with its status now and how many verifications it answered. */
    public record Listed(ShareCode shareCode, ShareCodeStatus status, long verifications) {
    }

    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ShareCodeService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Member> holder(CurrentPerson person) {
        return Member.currentOf(person.subject());
    }

    public Issued create(CurrentPerson person, ShareCodeForm form, Language language) {
        Instant now = clock.instant();
        FieldChecks checks = new FieldChecks(language);
        if (form == null) {
            checks.reject("scope", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        ShareScope scope = checks.code("scope", form.scope(), ShareScope.class, true);
        Instant expiresAt = expiry(checks, form, now);
        String label = checks.text("label", form.label(), false, LABEL_MAX);
        checks.throwIfInvalid();

        Member member = member(person);
        String code;
        byte[] hash;
        do {
            code = ShareCodes.generate();
            hash = ShareCodes.hash(code);
        } while (ShareCode.byHash(hash).isPresent());
        ShareCode shareCode = new ShareCode();
        shareCode.memberId = member.id;
        shareCode.codeHash = hash;
        shareCode.hint = ShareCodes.hint(code);
        shareCode.scope = scope;
        shareCode.label = label;
        shareCode.createdAt = now;
        shareCode.expiresAt = expiresAt;
        shareCode.persistAndFlush();
        audit.record(new AuditEvent(Actor.of(person, Role.MEMBER), "share-code.create", ENTITY,
                shareCode.id.toString(), "member " + member.membershipNumber + ", scope " + scope + ", expires "
                        + expiresAt + ", code ending " + shareCode.hint));
        return new Issued(shareCode, ShareCodes.display(code));
    }

    /** The expiry asked for, as a moment or as hours from now, within {@link #SHORTEST} and {@link #LONGEST}. */
    private static Instant expiry(FieldChecks checks, ShareCodeForm form, Instant now) {
        String moment = PersianText.digitsToAscii(PersianText.normalize(form.expiresAt()));
        boolean hours = form.validForHours() != null && !form.validForHours().isBlank();
        if (moment != null && !moment.isEmpty()) {
            if (hours) {
                checks.reject("validForHours", SharingInvalid.EXPIRY_TWICE);
                return null;
            }
            Instant expiresAt;
            try {
                expiresAt = OffsetDateTime.parse(moment).toInstant();
            } catch (DateTimeParseException e) {
                checks.reject("expiresAt", SharingInvalid.INSTANT);
                return null;
            }
            if (expiresAt.isBefore(now.plus(SHORTEST).minus(GRACE)) || expiresAt.isAfter(now.plus(LONGEST).plus(GRACE))) {
                checks.reject("expiresAt", SharingInvalid.EXPIRY_RANGE);
                return null;
            }
            return expiresAt;
        }
        if (!hours) {
            checks.reject("expiresAt", Invalid.REQUIRED);
            return null;
        }
        Integer validFor = checks.number("validForHours", form.validForHours(), (int) SHORTEST.toHours(),
                (int) LONGEST.toHours(), true);
        return validFor == null ? null : now.plus(Duration.ofHours(validFor));
    }

    /** The member's codes, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<Listed> mine(CurrentPerson person) {
        List<ShareCode> codes = ShareCode.ofMember(member(person).id);
        Map<Long, Long> uses = PartnerVerification.verifiedCounts(codes.stream().map(code -> code.id).toList());
        Instant now = clock.instant();
        return codes.stream()
                .map(code -> new Listed(code, code.statusAt(now), uses.getOrDefault(code.id, 0L)))
                .toList();
    }

    /** ACTIVE → REVOKED, by the code's member; another member's code does not exist for them (404). */
    public Listed revoke(CurrentPerson person, long id) {
        Member member = member(person);
        ShareCode code = ShareCode.<ShareCode>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.memberId.equals(member.id))
                .orElseThrow(() -> ProblemException.notFound("You have no share code " + id));
        Instant now = clock.instant();
        ShareCodeStatus status = code.statusAt(now);
        if (status != ShareCodeStatus.ACTIVE) {
            throw ProblemException.conflict("This share code is already " + status);
        }
        code.revokedAt = now;
        audit.record(new AuditEvent(Actor.of(person, Role.MEMBER), "share-code.revoke", ENTITY, code.id.toString(),
                "member " + member.membershipNumber + ", status: ACTIVE -> REVOKED"));
        return new Listed(code, code.statusAt(now),
                PartnerVerification.verifiedCounts(List.of(code.id)).getOrDefault(code.id, 0L));
    }

    /** Who asked to verify the member, newest first, answered or not. */
    @Transactional(TxType.SUPPORTS)
    public PageOf<PartnerVerification> verifications(CurrentPerson person, Integer page, Integer size) {
        long memberId = member(person).id;
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        return new PageOf<>(PartnerVerification.ofMember(memberId, pageNumber, pageSize), pageNumber, pageSize,
                PartnerVerification.countOfMember(memberId));
    }

    private static Member member(CurrentPerson person) {
        return Member.currentOf(person.subject()).orElseThrow(() -> ProblemException.notFound("You are not a member"));
    }
}
