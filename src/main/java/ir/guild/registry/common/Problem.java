package ir.guild.registry.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error the API answers. It never
 * carries a stack trace or a class name.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "urn:guild:problem:";

    /** A problem for a bare HTTP status raised outside our code, keeping the exact status. */
    public static Problem forStatus(int status, String detail, String instance) {
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(TYPE_BASE + type.slug(), type.title(), status, detail, instance, null);
    }

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, instance,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
