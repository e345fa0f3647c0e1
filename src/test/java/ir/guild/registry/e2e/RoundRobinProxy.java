package ir.guild.registry.e2e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * A load balancer at its simplest: one loopback port, and each request goes to the next upstream
 * port in turn, whatever connection or session it belongs to. The {@code Host} header stays the
 * proxy's, as behind a real ingress, so the app builds its links and redirect URIs for the proxy.
 */
final class RoundRobinProxy implements AutoCloseable {

    /** A request as the proxy passed it on. */
    record Forwarded(int upstream, String method, String uri, int status) {
    }

    /** Headers that describe one connection, not the request. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "upgrade", "proxy-connection", "host");

    private final Vertx vertx = Vertx.vertx();
    private final List<Integer> upstreams;
    private final AtomicLong next = new AtomicLong();
    private final Map<Integer, AtomicInteger> served = new ConcurrentHashMap<>();
    private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();
    private final HttpClient client;
    private final HttpServer server;

    private RoundRobinProxy(List<Integer> upstreams) {
        this.upstreams = List.copyOf(upstreams);
        upstreams.forEach(port -> served.put(port, new AtomicInteger()));
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000).setKeepAlive(false));
        this.server = vertx.createHttpServer().requestHandler(this::forward);
    }

    static RoundRobinProxy start(List<Integer> upstreams) throws Exception {
        RoundRobinProxy proxy = new RoundRobinProxy(upstreams);
        try {
            proxy.server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return proxy;
        } catch (Exception e) {
            proxy.close();
            throw e;
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** How many requests each upstream port answered. */
    int servedBy(int upstream) {
        return served.get(upstream).get();
    }

    List<Forwarded> forwarded() {
        return List.copyOf(forwarded);
    }

    private void forward(HttpServerRequest request) {
        request.pause();
        int upstream = upstreams.get((int) (next.getAndIncrement() % upstreams.size()));
        RequestOptions options = new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(upstream, "127.0.0.1"))
                .setHost("127.0.0.1").setPort(server.actualPort())
                .setMethod(request.method()).setURI(request.uri())
                .setHeaders(endToEnd(request.headers()));
        client.request(options)
                .compose(upstreamRequest -> {
                    boolean hasBody = request.headers().contains("content-length")
                            || request.headers().contains("transfer-encoding");
                    return hasBody ? upstreamRequest.send(request) : upstreamRequest.send();
                })
                .onSuccess(response -> {
                    served.get(upstream).incrementAndGet();
                    forwarded.add(new Forwarded(upstream, request.method().name(), request.uri(), response.statusCode()));
                    request.response().setStatusCode(response.statusCode());
                    request.response().headers().setAll(endToEnd(response.headers()));
                    request.response().send(response);
                })
                .onFailure(error -> {
                    forwarded.add(new Forwarded(upstream, request.method().name(), request.uri(), 502));
                    request.response().setStatusCode(502).end(error.toString());
                });
    }

    private static MultiMap endToEnd(MultiMap headers) {
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                copy.add(header.getKey(), header.getValue());
            }
        });
        return copy;
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
