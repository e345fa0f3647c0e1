package ir.guild.registry.web;

import java.net.URI;
import java.time.Duration;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The language switch in every page's header: remembers the choice in a cookie and goes back. */
@Path("/lang")
public class LanguageResource {

    static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response switchLanguage(@FormParam("lang") String lang, @FormParam("return") String returnTo) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(COOKIE_MAX_AGE)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create(localPath(returnTo))).cookie(cookie).build();
    }

    /** Only a path on this site: never an absolute or protocol-relative address (no open redirect). */
    static String localPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = URI.create(candidate);
            return uri.getScheme() == null && uri.getAuthority() == null ? candidate : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
