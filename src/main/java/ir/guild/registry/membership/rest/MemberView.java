package ir.guild.registry.membership.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.membership.Member;

/** A membership as its holder and admins see it. */
@Schema(name = "Member")
public record MemberView(String membershipNumber, String fullName, String fullNameLatin, String grade, String status,
        LocalDate memberSince, LocalDate validUntil, boolean directoryListed, String province, String city,
        List<String> specialties, String email, String mobile) {

    public static MemberView of(Member member, LocalDate today) {
        return new MemberView(member.membershipNumber, member.fullName, member.fullNameLatin, member.grade.name(),
                member.statusOn(today).name(), member.memberSince, member.validUntil, member.directoryListed,
                member.province.name(), member.city, member.specialties.stream().map(Enum::name).sorted().toList(),
                member.email, member.mobile);
    }
}
