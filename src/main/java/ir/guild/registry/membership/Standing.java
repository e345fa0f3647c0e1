package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a person stands with the guild on a given day: their membership (even a revoked
 * one) and their latest application, either of which may be missing.
 */
public record Standing(Member membership, Application application, LocalDate today) {

    /** How long before the end of a membership its holder is asked to renew. */
    public static final int RENEWAL_NOTICE_DAYS = 30;

    public boolean isMember() {
        return membership != null;
    }

    public MemberStatus memberStatus() {
        return membership == null ? null : membership.statusOn(today);
    }

    public boolean revoked() {
        return memberStatus() == MemberStatus.REVOKED;
    }

    /** Expired, or active and ending within {@link #RENEWAL_NOTICE_DAYS} days. */
    public boolean renewalDue() {
        MemberStatus status = memberStatus();
        return status == MemberStatus.EXPIRED || status == MemberStatus.ACTIVE
                && !membership.validUntil.isAfter(today.plusDays(RENEWAL_NOTICE_DAYS));
    }

    public boolean hasApplication() {
        return application != null;
    }

    public boolean hasOpenApplication() {
        return application != null && application.status.isOpen();
    }

    public boolean needsInfo() {
        return application != null && application.status == ApplicationStatus.NEEDS_INFO;
    }

    /** Whether the guild would take a new application from this person now. */
    public boolean mayApply() {
        return (membership == null || memberStatus() == MemberStatus.REVOKED) && !hasOpenApplication();
    }

    /**
     * Why this person cannot use what only members active today may (request certification,
     * file a legal-aid case): {@code NOT_MEMBER}, {@code SUSPENDED}, {@code EXPIRED} or
     * {@code REVOKED}; empty when the membership is active.
     */
    public Optional<String> blocked() {
        if (!isMember()) {
            return Optional.of("NOT_MEMBER");
        }
        MemberStatus status = memberStatus();
        return status == MemberStatus.ACTIVE ? Optional.empty() : Optional.of(status.name());
    }
}
