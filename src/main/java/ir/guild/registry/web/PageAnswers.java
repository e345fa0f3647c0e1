package ir.guild.registry.web;


import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.common.FileDownload;
import ir.guild.registry.common.PersianText;

/**
 * How pages about one person's own things (requests, cases, their files) answer: kept by no
 * cache, a refused form shown again with its status, a file to save; and what such a page's
 * form sends back of what it showed.
 */
public final class PageAnswers {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private PageAnswers() {
    }

    /** A page answered with a status other than 200: a refused form or a conflict shown again. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page).cacheControl(personal()).build();
    }

    /** Personal pages and files are kept by no cache, not even the browser's. */
    public static CacheControl personal() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return cache;
    }

    /** A file to save, never shown inline, with the type read from its content. */
    public static Response download(FileDownload file) {
        return file.asAttachment();
    }

    /** Pages always send the version they showed; a missing or mangled one can only be stale. */
    public static Integer version(String raw) {
        String value = PersianText.normalizeNumeric(raw);
        if (value == null || value.isEmpty() || value.length() > 9
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.valueOf(value);
    }
}
