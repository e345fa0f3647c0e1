package ir.guild.registry.membership.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.membership.Member;

/**
 * A member as the public directory shows them. Built field by field so that the national ID,
 * contact details and membership number can never slip in.
 */
@Schema(name = "DirectoryEntry")
public record DirectoryEntryView(String fullName, String fullNameLatin,
        @Schema(description = "Grade code from /api/v1/reference") String grade,
        @Schema(description = "Province code from /api/v1/reference") String province,
        @Schema(description = "Specialty codes from /api/v1/reference") List<String> specialties,
        LocalDate memberSince) {

    public static DirectoryEntryView of(Member member) {
        return new DirectoryEntryView(member.fullName, member.fullNameLatin, member.grade.name(),
                member.province.name(), member.specialties.stream().map(Enum::name).sorted().toList(),
                member.memberSince);
    }
}
