package ir.guild.registry.membership.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** A page answered with a status other than 200: a refused form (400) or a conflict (409) shown again. */
final class PageResponses {

    private PageResponses() {
    }

    static Response withStatus(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
