package ir.guild.registry.membership;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.common.FieldError;

/**
 * What importing a registry file did, or would do in a dry run. Rows are numbered as in
 * the file, the header being row 1. Existing members are never changed, so there is no
 * "updated" count: a row whose national ID already has a membership is "unchanged".
 */
@Schema(name = "RegistryImportReport")
public record ImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(description = "Data rows read, blank rows not counted") int rows,
        @Schema(description = "Members created, or that a real run would create") int created,
        @Schema(description = "Rows whose national ID already has a membership, left as they are") int unchanged,
        @Schema(description = "Problems found; a real run imports nothing while there is any") List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** One problem: the row (1 is the header) and the column it is in; no column when it is the whole row. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RegistryImportError")
    public record RowError(int row, String field, String message) {

        /** The field name a problem answer uses: {@code rows[7].nationalId}, or {@code rows[7]}. */
        public String path() {
            return "rows[" + row + "]" + (field == null ? "" : "." + field);
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> fieldErrors() {
        return errors.stream().map(error -> new FieldError(error.path(), error.message())).toList();
    }
}
