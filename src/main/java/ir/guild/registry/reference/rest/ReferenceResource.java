package ir.guild.registry.reference.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.certification.TrackService;
import ir.guild.registry.reference.EducationLevel;
import ir.guild.registry.reference.EmploymentStatus;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Labelled;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;

/**
 * Every code the forms and the API use, with its Persian and English label, so nobody hard-codes them.
 * Certification tracks come from the catalog, so they are read on each request.
 */
@Path("/api/v1/reference")
@Tag(name = "Reference")
public class ReferenceResource {

    public record Entry(String code, String fa, String en) {
    }

    public record Reference(List<Entry> provinces, List<Entry> specialties, List<Entry> educationLevels,
            List<Entry> employmentStatuses, List<Entry> grades, List<Entry> legalAidCategories,
            List<Entry> certificationTracks) {
    }

    private static final Reference FIXED = new Reference(entries(Province.values()),
            entries(Specialty.values()), entries(EducationLevel.values()), entries(EmploymentStatus.values()),
            entries(Grade.values()), entries(LegalAidCategory.values()), List.of());

    private final TrackService tracks;

    ReferenceResource(TrackService tracks) {
        this.tracks = tracks;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The codes of provinces, specialties, education levels, employment statuses, grades,"
            + " legal-aid categories and active certification tracks")
    @APIResponse(responseCode = "200", description = "Every code with its fa and en label")
    public Reference reference() {
        List<Entry> certificationTracks = tracks.open().stream()
                .map(track -> new Entry(track.code, track.titleFa, track.titleEn)).toList();
        return new Reference(FIXED.provinces(), FIXED.specialties(), FIXED.educationLevels(),
                FIXED.employmentStatuses(), FIXED.grades(), FIXED.legalAidCategories(), certificationTracks);
    }

    static List<Entry> entries(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), v.fa(), v.en())).toList();
    }
}
