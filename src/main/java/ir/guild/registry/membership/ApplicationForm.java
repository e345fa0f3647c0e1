package ir.guild.registry.membership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application as a person fills it in, before it is normalised and checked. Text
 * fields are strings so Persian digits and Arabic letters can be accepted and fixed.
 */
@Schema(name = "ApplicationRequest")
public record ApplicationForm(
        String fullName,
        String fullNameLatin,
        @Schema(description = "Iranian national ID, ten digits (Persian digits accepted)") String nationalId,
        @Schema(description = "Gregorian date, yyyy-MM-dd", example = "1995-03-04") String birthDate,
        String email,
        @Schema(example = "09121234567") String mobile,
        @Schema(description = "Province code from /api/v1/reference") String province,
        String city,
        @Schema(description = "Education level code from /api/v1/reference") String educationLevel,
        String fieldOfStudy,
        String yearsOfExperience,
        @Schema(description = "Specialty codes from /api/v1/reference") List<String> specialties,
        @Schema(description = "Employment status code from /api/v1/reference") String employmentStatus,
        String employer,
        String portfolioUrl,
        String motivation,
        Consents consents) {

    public record Consents(Boolean terms, Boolean privacy, Boolean directory) {
    }
}
