package ir.guild.registry.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * A request sent byte for byte on a connection of its own, as a hostile client would: the body
 * follows the headers without waiting for {@code 100 Continue}. Unlike the HTTP clients of the
 * tests, it stops sending as soon as the server has answered (a server refusing a body by its
 * declared length answers before reading it and closes the connection) and never sends again.
 * The answer is whatever the server wrote; a connection that closed without an answer is
 * reported as such ({@link Answer#status()} -1), never taken for a refusal.
 */
final class RawPost {

    private static final int CHUNK = 64 * 1024;
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    /** The most bytes of a body over a megabyte that any server took before answering. */
    static final LongAccumulator MOST_SENT_OF_LARGE = new LongAccumulator(Math::max, 0);

    /** What the server answered, and how much of the body it took before answering. */
    record Answer(int status, Map<String, String> headers, String body, long bytesSent, String failure) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        /** The status and the start of the body: what came back, when a test did not expect it. */
        String summary() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)
                    + (failure == null ? "" : " (" + failure + ")");
        }
    }

    private RawPost() {
    }

    static Answer send(int port, String method, String path, Map<String, String> headers, byte[] body) {
        return send(port, method, path, headers, body, false);
    }

    /** The same, with the body in chunks and no declared length, as a client streaming it would send it. */
    static Answer sendChunked(int port, String method, String path, Map<String, String> headers, byte[] body) {
        return send(port, method, path, headers, body, true);
    }

    private static Answer send(int port, String method, String path, Map<String, String> headers, byte[] body,
            boolean chunked) {
        long sent = 0;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            String written = null;
            try {
                out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                while (sent < body.length && in.available() == 0) {
                    int length = (int) Math.min(CHUNK, body.length - sent);
                    if (chunked) {
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write(body, (int) sent, length);
                    if (chunked) {
                        out.write(CRLF);
                    }
                    sent += length;
                }
                if (chunked && sent == body.length) {
                    out.write(LAST_CHUNK);
                }
                out.flush();
            } catch (IOException e) {
                // The server closed the connection while the body was on its way; its answer may be waiting.
                written = e.toString();
            }
            if (body.length > 1024 * 1024) {
                MOST_SENT_OF_LARGE.accumulate(sent);
            }
            return read(in, sent, written);
        } catch (IOException e) {
            return new Answer(-1, Map.of(), "", sent, e.toString());
        }
    }

    /**
     * Reads one answer, up to its declared end (a server that answered before the body was read may
     * keep the connection open waiting for the rest), or to the end of the connection.
     */
    private static Answer read(InputStream in, long sent, String writeFailure) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        String failure = writeFailure;
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(received.toByteArray()) && (n = in.read(buffer)) >= 0;) {
                received.write(buffer, 0, n);
            }
        } catch (IOException e) {
            failure = (failure == null ? "" : failure + ", then ") + e;
        }
        byte[] all = received.toByteArray();
        int end = indexOf(all, HEAD_END);
        if (end < 0) {
            return new Answer(-1, Map.of(), new String(all, StandardCharsets.ISO_8859_1), sent,
                    failure == null ? "no complete answer" : failure);
        }
        Map<String, String> headers = headers(all, end);
        int status = Integer.parseInt(new String(all, 0, end, StandardCharsets.ISO_8859_1).split(" ", 3)[1]);
        byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), sent, failure);
    }

    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private static Map<String, String> headers(byte[] all, int end) {
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** Whether the bytes hold a whole answer: its head and the body its head declares. */
    private static boolean complete(byte[] all) {
        int end = indexOf(all, HEAD_END);
        if (end < 0) {
            return false;
        }
        Map<String, String> headers = headers(all, end);
        int bodyLength = all.length - end - 4;
        if (headers.containsKey("content-length")) {
            return bodyLength >= Long.parseLong(headers.get("content-length"));
        }
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            return indexOf(all, "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), end) >= 0
                    || indexOf(all, "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), end + 4) == end + 4;
        }
        return false;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";", 2)[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] needle) {
        return indexOf(data, needle, 0);
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
