package ir.guild.registry.membership;

import java.time.LocalDate;

import ir.guild.registry.reference.Grade;

/**
 * What a partner's verification reads of a member: enough to answer it, no contact details and
 * no national ID. Read by the verification's own statement, so the busiest read of the register
 * loads no entity and no specialties.
 */
public record MemberSummary(Long id, String membershipNumber, String fullName, Grade grade,
        Member.StoredStatus status, LocalDate validUntil) {

    public MemberStatus statusOn(LocalDate today) {
        return MemberStatus.of(status, validUntil, today);
    }

    public boolean inGoodStanding() {
        return status == Member.StoredStatus.ACTIVE;
    }
}
