package ir.guild.registry.legalaid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.legalaid.CounselProfile;

/** A counsel as the desk knows them: their own profile, or one of those an admin can assign a case to. */
@Schema(name = "Counsel")
public record CounselView(
        @Schema(description = "Their account; what an assignment names") String subject,
        String name,
        String email,
        @Schema(description = "Who they work for besides the guild; null when they declared none") String employer) {

    static CounselView of(CounselProfile profile) {
        return new CounselView(profile.accountSubject, profile.displayName, profile.email, profile.employer);
    }
}
