package ir.guild.registry.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Page;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.identity.RoleChange;
import ir.guild.registry.partner.webhook.WebhookEventType;
import ir.guild.registry.partner.webhook.WebhookEvents;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * A membership's life after approval, one method per transition: suspend, reinstate,
 * revoke and renew. Each locks the member's row, refuses a stale version or a transition
 * its status does not allow with 409, and writes its audit entry, its email and its
 * Keycloak role change in the same transaction. Audit entries name the member by
 * membership number.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    public static final String ENTITY = "Member";
    public static final int REASON_MAX = 2000;

    private final AuditLog audit;
    private final MemberMails mails;
    private final KeycloakRoles roles;
    private final MembershipConfig config;
    private final WebhookEvents webhooks;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    MemberService(AuditLog audit, MemberMails mails, KeycloakRoles roles, MembershipConfig config,
            WebhookEvents webhooks) {
        this.audit = audit;
        this.mails = mails;
        this.roles = roles;
        this.config = config;
        this.webhooks = webhooks;
    }

    @Transactional(TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Member> find(String membershipNumber) {
        return Member.byNumber(membershipNumber);
    }

    @Transactional(TxType.SUPPORTS)
    public List<Member> search(MemberSearch search, int page, int size) {
        return Member.register(search, today()).page(Page.of(page, size)).list();
    }

    /**
     * A page of the admins' register: up to {@code size} members from the {@code first} one on,
     * plus the next one if there is one (so the page knows whether another follows), and the
     * number of matches counted up to {@code cap} ({@code cap + 1} meaning "more than").
     */
    public record SearchPage(List<Member> membersAndNext, long matchesUpToCap) {
    }

    /**
     * {@link SearchPage} in one search of the indexes when the matches are at most {@code cap}:
     * they are all read (id and number), ordered here as the register orders them, and the page's
     * members loaded by id. Past the cap, the page is read in the register's order by itself.
     */
    @Transactional(TxType.SUPPORTS)
    public SearchPage searchPage(MemberSearch search, long first, int size, int cap) {
        LocalDate today = today();
        List<Member.Match> matches = Member.registerMatchesUpTo(search, today, cap + 1);
        if (matches.size() > cap) {
            List<Member> page = first > Integer.MAX_VALUE - size - 1L ? List.of()
                    : Member.register(search, today).range((int) first, (int) first + size).list();
            return new SearchPage(page, cap + 1);
        }
        List<Long> ids = matches.stream()
                .sorted(Comparator.comparing(Member.Match::membershipNumber).reversed())
                .skip(first).limit(size + 1L).map(Member.Match::id).toList();
        return new SearchPage(Member.inOrder(ids), matches.size());
    }

    @Transactional(TxType.SUPPORTS)
    public long count(MemberSearch search) {
        return Member.register(search, today()).count();
    }

    /** What the audit log holds about the member, and about the application that made them one, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> history(Member member) {
        List<AuditEntry> history = new ArrayList<>(AuditEntry.about(ENTITY, member.membershipNumber));
        if (member.applicationId != null) {
            history.addAll(AuditEntry.about(ApplicationService.ENTITY, member.applicationId.toString()));
        }
        history.sort(Comparator.comparing(entry -> entry.id));
        return history;
    }

    /** The API's status change: SUSPENDED, ACTIVE (lifting a suspension) or REVOKED. */
    public Member changeStatus(String membershipNumber, StatusChange change, CurrentPerson admin,
            Language language) {
        FieldChecks checks = new FieldChecks(language);
        StatusChange.Target target = checks.code("status", change == null ? null : change.status(),
                StatusChange.Target.class, true);
        if (target != StatusChange.Target.ACTIVE) {
            checks.text("reason", change == null ? null : change.reason(), true, REASON_MAX);
        }
        checks.throwIfInvalid();
        return switch (target) {
            case SUSPENDED -> suspend(membershipNumber, change.reason(), change.version(), admin, language);
            case ACTIVE -> reinstate(membershipNumber, change.version(), admin);
            case REVOKED -> revoke(membershipNumber, change.reason(), change.version(), admin, language);
        };
    }

    /** An active (or expired) membership is suspended: the member loses the member role until reinstated. */
    public Member suspend(String membershipNumber, String reason, Integer version, CurrentPerson admin,
            Language language) {
        String checkedReason = reason(reason, language);
        LocalDate today = today();
        Member member = lockedForChange(membershipNumber, version);
        MemberStatus before = allow(member, MemberStatus.SUSPENDED, today);
        member.status = Member.StoredStatus.SUSPENDED;
        member.statusReason = checkedReason;
        record(admin, "member.suspend", member, "status: " + before + " -> SUSPENDED");
        roles.queue(RoleChange.revoke(member.accountSubject, Role.MEMBER));
        mails.suspended(member);
        webhooks.membershipChanged(member, WebhookEventType.MEMBERSHIP_SUSPENDED, member.statusOn(today));
        return flushed(member);
    }

    /** A suspension is lifted; the member role comes back only if the membership is still within its validity. */
    public Member reinstate(String membershipNumber, Integer version, CurrentPerson admin) {
        LocalDate today = today();
        Member member = lockedForChange(membershipNumber, version);
        MemberStatus before = allow(member, MemberStatus.ACTIVE, today);
        member.status = Member.StoredStatus.ACTIVE;
        member.statusReason = null;
        record(admin, "member.reinstate", member, "status: " + before + " -> " + member.statusOn(today));
        if (!member.validUntil.isBefore(today)) {
            roles.queue(RoleChange.grant(member.accountSubject, Role.MEMBER));
        }
        mails.reinstated(member, today);
        webhooks.membershipChanged(member, WebhookEventType.MEMBERSHIP_REINSTATED, member.statusOn(today));
        return flushed(member);
    }

    /** Revocation is final: the member role goes and no transition leaves REVOKED. */
    public Member revoke(String membershipNumber, String reason, Integer version, CurrentPerson admin,
            Language language) {
        String checkedReason = reason(reason, language);
        LocalDate today = today();
        Member member = lockedForChange(membershipNumber, version);
        MemberStatus before = allow(member, MemberStatus.REVOKED, today);
        member.status = Member.StoredStatus.REVOKED;
        member.statusReason = checkedReason;
        record(admin, "member.revoke", member, "status: " + before + " -> REVOKED");
        roles.queue(RoleChange.revoke(member.accountSubject, Role.MEMBER));
        mails.revoked(member);
        webhooks.membershipChanged(member, WebhookEventType.MEMBERSHIP_REVOKED, member.statusOn(today));
        return flushed(member);
    }

    /**
     * Extends the validity by the configured period from the later of today and the current
     * end ({@link #renewedUntil}), so an expired membership is active again from today and an
     * early renewal loses no days. A suspended membership is extended but stays suspended, without the member role.
     */
    public Member renew(String membershipNumber, Integer version, CurrentPerson admin) {
        LocalDate today = today();
        Member member = lockedForChange(membershipNumber, version);
        MemberStatus before = member.statusOn(today);
        if (before == MemberStatus.REVOKED) {
            throw ProblemException.conflict("A revoked membership cannot be renewed");
        }
        LocalDate previous = member.validUntil;
        member.validUntil = renewedUntil(member, today);
        MemberStatus after = member.statusOn(today);
        record(admin, "member.renew", member,
                "validUntil: " + previous + " -> " + member.validUntil + "; status: " + before + " -> " + after);
        if (member.status == Member.StoredStatus.ACTIVE) {
            roles.queue(RoleChange.grant(member.accountSubject, Role.MEMBER));
        }
        mails.renewed(member);
        webhooks.membershipChanged(member, WebhookEventType.MEMBERSHIP_RENEWED, after);
        return flushed(member);
    }

    /** Where a renewal on {@code today} takes the validity: one period from the later of today and its end. */
    @Transactional(TxType.SUPPORTS)
    public LocalDate renewedUntil(Member member, LocalDate today) {
        LocalDate from = member.validUntil.isBefore(today) ? today : member.validUntil;
        return from.plus(config.validity());
    }

    private static String reason(String raw, Language language) {
        FieldChecks checks = new FieldChecks(language);
        String reason = checks.text("reason", raw, true, REASON_MAX);
        checks.throwIfInvalid();
        return reason;
    }

    /** The member's row, locked until the transaction ends; refused if the admin saw an older version. */
    private Member lockedForChange(String membershipNumber, Integer version) {
        Member member = Member.<Member>find("membershipNumber", membershipNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No such member"));
        if (version != null && member.version != version) {
            throw ProblemException.conflict("The membership changed since you saw it (version " + version
                    + ", now " + member.version + "); reload it and try again");
        }
        return member;
    }

    private static MemberStatus allow(Member member, MemberStatus target, LocalDate today) {
        MemberStatus current = member.statusOn(today);
        if (!current.next().contains(target)) {
            throw ProblemException.conflict("A membership that is " + current + " cannot become " + target);
        }
        return current;
    }

    /** Written now, so the answer carries the new version. */
    private static Member flushed(Member member) {
        Member.getEntityManager().flush();
        return member;
    }

    private void record(CurrentPerson admin, String action, Member member, String summary) {
        audit.record(new AuditEvent(Actor.of(admin), action, ENTITY, member.membershipNumber, summary));
    }
}
