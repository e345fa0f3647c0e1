package ir.guild.registry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.common.FileDownload;

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

    /** A file to save, never shown inline, with the type read from its content when it was uploaded. */
    public static Response download(FileDownload file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(noStore()).build();
    }
}
