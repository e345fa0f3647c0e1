package ir.guild.registry.membership.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.membership.Directory;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.Language;

/** The public directory of members who chose to be listed; no sign-in needed. */
@Path("/api/v1/directory")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** The directory's page as the OpenAPI document describes it. */
    @Schema(name = "DirectoryPage")
    static final class DirectoryPageSchema {
        public List<DirectoryEntryView> items;
        public int page;
        public int size;
        public long total;
    }

    private final Directory directory;
    private final HttpHeaders headers;

    DirectoryResource(Directory directory, HttpHeaders headers) {
        this.directory = directory;
        this.headers = headers;
    }

    @GET
    @Operation(summary = "Search the active members who opted in to the directory",
            description = "Shows name, Latin name, grade, province, specialties and membership date only.")
    @APIResponse(responseCode = "200", description = "One page of listed members, by name",
            content = @Content(schema = @Schema(implementation = DirectoryPageSchema.class)))
    @APIResponse(responseCode = "400",
            description = "An unknown specialty or province code, a search too long, or a page or size that is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<DirectoryEntryView> search(
            @Parameter(description = "Part of the name, Persian or Latin; case does not matter")
            @QueryParam("q") String q,
            @Parameter(description = "Specialty code") @QueryParam("specialty") String specialty,
            @Parameter(description = "Province code") @QueryParam("province") String province,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100") @QueryParam("size") String size) {
        PageOf<Member> found = directory.search(
                new Directory.Search(q, specialty, province, page, size),
                Language.ofApiClient(headers.getAcceptableLanguages()));
        return new PageOf<>(found.items().stream().map(DirectoryEntryView::of).toList(), found.page(), found.size(),
                found.total());
    }
}
