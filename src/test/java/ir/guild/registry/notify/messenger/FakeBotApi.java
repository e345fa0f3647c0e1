package ir.guild.registry.notify.messenger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the bot platform on a free local port: records every request and answers each
 * method with what the test scripted (queued answers first, then the method's standing answer,
 * else a 404 as the platform gives for an unknown method).
 */
public final class FakeBotApi implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the platform saw it. */
    public record Request(String httpMethod, String path, String contentType, String body) {

        public String botMethod() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    /** What to answer; {@code delayMillis} holds the answer back (interrupted when the fake stops). */
    public record Answer(int status, String contentType, String body, long delayMillis) {

        public static Answer ok(String resultJson) {
            return new Answer(200, "application/json", "{\"ok\":true,\"result\":" + resultJson + "}", 0);
        }

        public static Answer error(int code, String description) {
            return new Answer(code, "application/json",
                    "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}", 0);
        }

        public static Answer raw(int status, String contentType, String body) {
            return new Answer(status, contentType, body, 0);
        }

        public Answer after(long millis) {
            return new Answer(status, contentType, body, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, BlockingQueue<Function<Request, Answer>>> queued = new ConcurrentHashMap<>();
    private final Map<String, Function<Request, Answer>> standing = new ConcurrentHashMap<>();

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method} with this from now on (after any queued answers). */
    public FakeBotApi always(String method, Answer answer) {
        standing.put(method, request -> answer);
        return this;
    }

    public FakeBotApi always(String method, Function<Request, Answer> answer) {
        standing.put(method, answer);
        return this;
    }

    /** Answers the next call of {@code method} with this, once. */
    public FakeBotApi once(String method, Answer answer) {
        queued.computeIfAbsent(method, m -> new LinkedBlockingQueue<>()).add(request -> answer);
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method) {
        return requests.stream().filter(request -> request.botMethod().equals(method)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            requests.add(request);
            BlockingQueue<Function<Request, Answer>> next = queued.get(request.botMethod());
            Function<Request, Answer> answering = next == null ? null : next.poll();
            if (answering == null) {
                answering = standing.getOrDefault(request.botMethod(), r -> Answer.error(404, "Not Found"));
            }
            Answer answer = answering.apply(request);
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
