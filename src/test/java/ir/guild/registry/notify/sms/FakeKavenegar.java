package ir.guild.registry.notify.sms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/** Kavenegar's API on a free local port: records each request and answers what it is told to. */
public final class FakeKavenegar implements AutoCloseable {

    public record Request(String method, String path, String contentType, byte[] body) {

        /** The form fields, decoded as UTF-8. */
        public Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int equals = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile String body = accepted(8792343L, 1);
    private volatile boolean silent;

    public FakeKavenegar() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), in.readAllBytes()));
            }
            if (silent) {
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public static String accepted(long messageId, int messageStatus) {
        return "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":" + messageId
                + ",\"message\":\"...\",\"status\":" + messageStatus + ",\"statustext\":\"در صف ارسال\","
                + "\"sender\":\"10004346\",\"receptor\":\"09121234567\",\"date\":1356619709,\"cost\":120}]}";
    }

    public static String refused(int status) {
        return "{\"return\":{\"status\":" + status + ",\"message\":\"خطا\"},\"entries\":null}";
    }

    /** Answers Kavenegar's way: its status in HTTP and in the body. */
    public FakeKavenegar answeringStatus(int providerStatus) {
        return answering(providerStatus, "application/json", providerStatus == 200 ? accepted(1, 1) : refused(providerStatus));
    }

    public FakeKavenegar answering(int httpStatus, String type, String answer) {
        status = httpStatus;
        contentType = type;
        body = answer;
        return this;
    }

    /** Reads requests and never answers them (until closed). */
    public FakeKavenegar neverAnswering() {
        silent = true;
        return this;
    }

    /** Answers new requests again (the ones already held stay unanswered until closed). */
    public FakeKavenegar answeringAgain() {
        silent = false;
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
