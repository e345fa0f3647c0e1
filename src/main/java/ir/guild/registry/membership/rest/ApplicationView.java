package ir.guild.registry.membership.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.membership.Application;

/** An application as the API shows it to its applicant and to admins. */
@Schema(name = "Application")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        Long id, String status, Instant submittedAt, int version, String decisionReason,
        String fullName, String fullNameLatin, String nationalId, LocalDate birthDate, String email, String mobile,
        String province, String city, String educationLevel, String fieldOfStudy, int yearsOfExperience,
        List<String> specialties, String employmentStatus, String employer, String portfolioUrl, String motivation,
        Consents consents) {

    public record Consents(boolean terms, boolean privacy, boolean directory) {
    }

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.status.name(), a.submittedAt, a.version, a.decisionReason, a.fullName,
                a.fullNameLatin, a.nationalId, a.birthDate, a.email, a.mobile, a.province.name(), a.city,
                a.educationLevel.name(), a.fieldOfStudy, a.yearsOfExperience,
                a.specialties.stream().map(Enum::name).sorted().toList(), a.employmentStatus.name(), a.employer,
                a.portfolioUrl, a.motivation, new Consents(a.consentTerms, a.consentPrivacy, a.consentDirectory));
    }
}
