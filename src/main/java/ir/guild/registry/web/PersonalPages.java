package ir.guild.registry.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/**
 * Pages and files about one person's affairs (their requests, their cases, the evidence and
 * documents in them): answered with the status given and kept by no cache, not even the browser's.
 */
public final class PersonalPages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private PersonalPages() {
    }

    /** A page, with a status other than 200 when a refused form or a conflict is shown again. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page).cacheControl(noStore()).build();
    }

    public static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return cache;
    }
}
