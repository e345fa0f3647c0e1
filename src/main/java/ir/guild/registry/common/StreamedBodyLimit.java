package ir.guild.registry.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body sent in chunks declares no length, so the limits that refuse a JSON body or a URL-encoded
 * form by its declared length ({@code ApiFallbacks}, {@link FormBodyLimit}) cannot see it, and it
 * would be read, buffered and parsed up to the general limit that leaves room for uploads (32M).
 * Its stream is counted instead while the REST layer reads it, and the request is refused with 413
 * at the first byte past the same limit. Bodies with a declared length are left as they are: the
 * HTTP layer already holds them to it. So are GET and HEAD requests, which carry none.
 */
public class StreamedBodyLimit {

    private final long maxJsonBodyBytes;
    private final long maxFormBodyBytes;

    /** The limits are those the declared lengths are held to. */
    StreamedBodyLimit(ApiFallbacks fallbacks, FormBodyLimit formLimit) {
        this.maxJsonBodyBytes = fallbacks.maxJsonBodyBytes();
        this.maxFormBodyBytes = formLimit.maxFormBodyBytes();
    }

    @ServerRequestFilter
    public void countStreamedBody(ContainerRequestContext context) {
        if (context.getHeaderString(HttpHeaders.CONTENT_LENGTH) != null || context.getMethod().equals(HttpMethod.GET)
                || context.getMethod().equals(HttpMethod.HEAD)) {
            return;
        }
        String type = context.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (FormBodyLimit.isUrlEncoded(type)) {
            context.setEntityStream(new CountedBody(context.getEntityStream(), maxFormBodyBytes));
        } else if (ApiFallbacks.isJson(type)) {
            context.setEntityStream(new CountedBody(context.getEntityStream(), maxJsonBodyBytes));
        }
    }

    /** The body as it arrives, refused once more of it has been read than the limit allows. */
    static final class CountedBody extends FilterInputStream {

        private final long limit;
        private long count;

        CountedBody(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) throws TooLarge {
            count += bytes;
            if (count > limit) {
                throw new TooLarge("The request body may not exceed " + limit + " bytes");
            }
        }
    }

    /**
     * A failed read, as the readers of JSON and forms expect one: they pass an I/O failure on as it
     * is, where they would take any other exception for a body that does not parse.
     */
    static final class TooLarge extends IOException {

        TooLarge(String message) {
            super(message);
        }
    }
}
