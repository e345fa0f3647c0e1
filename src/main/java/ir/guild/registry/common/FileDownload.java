package ir.guild.registry.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** An uploaded file read for download, with the type found in its content when it was uploaded. */
public record FileDownload(String fileName, String mediaType, byte[] content) {

    /**
     * The file to save, never shown inline, with the type read from its content. Uploads are
     * personal (evidence, case documents): no cache keeps them, not even the browser's.
     */
    public Response asAttachment() {
        CacheControl personal = new CacheControl();
        personal.setPrivate(true);
        personal.setNoStore(true);
        return Response.ok(content, mediaType)
                .header("Content-Disposition", contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(personal)
                .build();
    }

    /** RFC 6266: an ASCII name for old clients and the real one, UTF-8 encoded, for the rest. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
