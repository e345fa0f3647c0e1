package ir.guild.registry.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a member may change about themselves: how to reach them, where they live, and
 * whether they are listed in the public directory. A field left out (null) stays as it is.
 */
@Schema(name = "MemberContactUpdate", description = "Only the fields given are changed")
public record ContactChange(
        String email,
        @Schema(example = "09121234567") String mobile,
        String city,
        @Schema(description = "Province code from /api/v1/reference") String province,
        Boolean directoryListed) {
}
