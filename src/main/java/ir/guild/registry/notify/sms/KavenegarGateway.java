package ir.guild.registry.notify.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.guild.registry.common.IranianMobile;

/**
 * Kavenegar's REST API: {@code POST {base-url}/v1/{api-key}/sms/send.json} for plain messages and
 * {@code .../verify/lookup.json} for one-time codes in an approved template, form-encoded in
 * UTF-8. It answers {@code {"return":{"status":200,"message":...},"entries":[{"messageid":...,
 * "status":...}]}}, with the same status in HTTP.
 *
 * <p>The API key travels in the URL path by the provider's design, so no URL, request or HTTP
 * client exception is ever logged or put in a {@link SmsFailure}.
 */
public class KavenegarGateway implements SmsGateway {

    static final String SEND = "sms/send.json";
    static final String LOOKUP = "verify/lookup.json";

    private static final Logger LOG = Logger.getLogger(KavenegarGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String apiKey;
    private final String sender;
    private final Duration requestTimeout;
    private final HttpClient http;

    public KavenegarGateway(String baseUrl, String apiKey, String sender, Duration connectTimeout,
            Duration requestTimeout) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("Kavenegar needs an API key");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey.strip();
        this.sender = sender == null || sender.isBlank() ? null : sender.strip();
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public SmsReceipt send(IranianMobile to, String text) throws SmsFailure {
        if (text == null || text.isBlank()) {
            throw new SmsFailure("Kavenegar " + SEND + ": empty message not sent", false, null);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("receptor", to.value());
        if (sender != null) {
            form.put("sender", sender);
        }
        form.put("message", text);
        return call(SEND, form, to);
    }

    @Override
    public SmsReceipt sendLookup(IranianMobile to, String template, String token) throws SmsFailure {
        if (template == null || template.isBlank() || token == null || token.isEmpty()
                || token.chars().anyMatch(Character::isWhitespace)) {
            // The provider would refuse it (status 431); no need to spend a request.
            throw new SmsFailure("Kavenegar " + LOOKUP + ": template missing or token empty or with spaces",
                    false, null);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("receptor", to.value());
        form.put("token", token);
        form.put("template", template);
        return call(LOOKUP, form, to);
    }

    private SmsReceipt call(String method, Map<String, String> form, IranianMobile to) throws SmsFailure {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/"
                        + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "/" + method))
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw failure(method, "could not connect within the connect timeout", true, null);
        } catch (HttpTimeoutException e) {
            throw failure(method, "no answer within " + requestTimeout.toMillis() + " ms", true, null);
        } catch (ConnectException e) {
            throw failure(method, "connection refused or unreachable", true, null);
        } catch (IOException e) {
            throw failure(method, "network error (" + e.getClass().getSimpleName() + ")", true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(method, "interrupted while waiting for the answer", true, null);
        }
        SmsReceipt receipt = receipt(method, response);
        LOG.debugf("Kavenegar accepted %s to %s: message %s, status %s", method, SmsGateway.masked(to),
                receipt.messageId(), receipt.status());
        return receipt;
    }

    private static SmsReceipt receipt(String method, HttpResponse<String> response) throws SmsFailure {
        int httpStatus = response.statusCode();
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        JsonNode returned = body == null ? null : body.path("return").path("status");
        if (returned == null || !returned.canConvertToInt()) {
            // Not Kavenegar speaking (a proxy's error page, a wrong base URL): judge by HTTP alone.
            // A redirect means a base URL to correct; a garbled 2xx may hide a sent message, but
            // sending it twice is the smaller harm.
            boolean retryable = httpStatus >= 500 || httpStatus == 408 || httpStatus == 429
                    || (httpStatus >= 200 && httpStatus < 300);
            throw failure(method, "answer without a Kavenegar status (HTTP " + httpStatus + ")", retryable, null);
        }
        int status = returned.asInt();
        if (status != KavenegarStatus.ACCEPTED) {
            KavenegarStatus.Meaning meaning = KavenegarStatus.of(status);
            throw failure(method, "status " + status + ", " + meaning.description(), meaning.retryable(), status);
        }
        JsonNode entry = body.path("entries").path(0);
        JsonNode messageId = entry.path("messageid");
        if (!messageId.isValueNode() || messageId.asText().isEmpty()) {
            // Accepted, but without the entry that proves it: sending again is the safer mistake.
            throw failure(method, "status 200 without a message id", true, status);
        }
        return new SmsReceipt(messageId.asText(), entry.path("status").asText(""));
    }

    private static SmsFailure failure(String method, String what, boolean retryable, Integer status) {
        return new SmsFailure("Kavenegar " + method + ": " + what, retryable, status);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
