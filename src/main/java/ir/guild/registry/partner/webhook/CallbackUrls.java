package ir.guild.registry.partner.webhook;

import java.net.URI;
import java.util.Locale;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;

/** Where a firm wants to be called: an http(s) URL with a host, https only when so configured. */
public final class CallbackUrls {

    public static final int MAX_LENGTH = 2000;

    private CallbackUrls() {
    }

    /** The URL to call, or null with the field rejected in {@code checks}. */
    public static String check(FieldChecks checks, String field, String raw, boolean requireHttps) {
        String url = checks.url(field, raw, MAX_LENGTH);
        if (url == null && checks.ok(field)) {
            checks.reject(field, Invalid.REQUIRED);
        }
        if (url == null || !checks.ok(field)) {
            return null;
        }
        if (requireHttps && !"https".equals(URI.create(url).getScheme().toLowerCase(Locale.ROOT))) {
            checks.reject(field, WebhookInvalid.HTTPS_REQUIRED);
            return null;
        }
        return url;
    }
}
