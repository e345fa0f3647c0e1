package ir.guild.registry.membership;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;

/**
 * A member as one line of the registry: the member's own columns, read as a projection so
 * that exporting the registry never loads entities or their collections one by one.
 * The parameter names are the entity's field names (Panache projects by them).
 */
@RegisterForReflection
public record RegistryEntry(Long id, String membershipNumber, String fullName, String fullNameLatin,
        String nationalId, String email, String mobile, Province province, String city, Grade grade,
        Member.StoredStatus status, LocalDate memberSince, LocalDate validUntil, boolean directoryListed) {

    public MemberStatus statusOn(LocalDate today) {
        return MemberStatus.of(status, validUntil, today);
    }
}
