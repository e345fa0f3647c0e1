package ir.guild.registry.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/** Errors met while browsing pages are shown as a page in the reader's language, not as JSON. */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status);
    }

    private ErrorPages() {
    }

    /** A browser asking for a page (not the JSON API, not the management endpoints). */
    public static boolean wantsPage(RoutingContext rc) {
        if (rc == null) {
            return false;
        }
        String path = rc.normalizedPath();
        String accept = rc.request().getHeader("Accept");
        return !path.startsWith("/api/") && !path.startsWith("/q/") && accept != null
                && accept.contains(MediaType.TEXT_HTML);
    }

    public static Response page(int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status)).build();
    }
}
