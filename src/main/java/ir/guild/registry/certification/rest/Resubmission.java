package ir.guild.registry.certification.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.RequestForm;

/** A member's answer to a request for information: the request's fields again, with the version they saw. */
@Schema(name = "CertificationResubmission")
public record Resubmission(
        @Schema(description = "May be left out; a request's track cannot change") String trackCode,
        @Schema(description = "May be left out to keep the level asked for") String level,
        String evidence, List<String> links,
        @Schema(description = "The request's version the member saw") Integer version) {

    RequestForm form() {
        return new RequestForm(trackCode, level, evidence, links);
    }
}
