package ir.guild.registry.partner.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code shown on {@code /developers}, with this installation's addresses in it. The
 * examples are the same in every language: developers copy them as they are.
 */
public record DeveloperExamples(String tokenRequest, String tokenResponse, String verifyRequest,
        String verifiedResponse, String notVerifiedResponse, String batchRequest, String batchResponse,
        String problem, String tooMany, String subscribe, String subscriptions, String webhookSecret,
        String webhookCall, String javaCheck, String shellCheck, String exampleSecret, String exampleTimestamp,
        String exampleBody, String exampleSignature) {

    /** A worked example of a signed call, so a receiver can test its own check against it. */
    static final String EXAMPLE_SECRET = "example-webhook-secret-do-not-use";
    static final String EXAMPLE_TIMESTAMP = "1767225600";
    static final String EXAMPLE_BODY = "{\"eventId\":\"6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b\","
            + "\"type\":\"MEMBERSHIP_SUSPENDED\",\"subscriptionId\":42,\"membershipNumber\":\"1405-000123\","
            + "\"status\":\"SUSPENDED\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}";

    static DeveloperExamples of(String tokenUrl, String apiUrl) {
        String signature = signature(EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, EXAMPLE_BODY);
        return new DeveloperExamples("""
                curl -s -X POST '%s' \\
                  -d grant_type=client_credentials \\
                  --data-urlencode client_id="$GUILD_CLIENT_ID" \\
                  --data-urlencode client_secret="$GUILD_CLIENT_SECRET"
                """.formatted(tokenUrl),
                """
                {
                  "access_token": "eyJhbGciOiJSUzI1NiIs...",
                  "expires_in": 300,
                  "token_type": "Bearer",
                  "scope": "profile email"
                }
                """,
                """
                curl -s -X POST '%s/api/v1/partner/verifications' \\
                  -H "Authorization: Bearer $TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  -H 'Accept-Language: en' \\
                  -d '{"membershipNumber": "1405-000123", "shareCode": "K7Q2-9XRT-M4PA-3HJW"}'
                """.formatted(apiUrl),
                """
                {
                  "verified": true,
                  "membershipNumber": "1405-000123",
                  "holderName": "سارا رضایی",
                  "status": "ACTIVE",
                  "grade": "MEMBER",
                  "validUntil": "2027-03-20",
                  "certificates": [
                    {
                      "code": "K7Q2-9XRT-M4PA",
                      "trackCode": "BACKEND_JAVA",
                      "level": 2,
                      "status": "VALID",
                      "expiresAt": "2028-03-20"
                    }
                  ]
                }
                """,
                """
                {
                  "verified": false
                }
                """,
                """
                curl -s -X POST '%s/api/v1/partner/verifications/batch' \\
                  -H "Authorization: Bearer $TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  -d '{"items": [
                        {"membershipNumber": "1405-000123", "shareCode": "K7Q2-9XRT-M4PA-3HJW"},
                        {"membershipNumber": "1405-000456", "shareCode": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"}
                      ]}'
                """.formatted(apiUrl),
                """
                {
                  "items": [
                    { "verified": true, "membershipNumber": "1405-000123", "status": "ACTIVE", ... },
                    { "verified": false }
                  ]
                }
                """,
                """
                HTTP/1.1 400 Bad Request
                Content-Type: application/problem+json

                {
                  "type": "urn:guild:problem:validation",
                  "title": "The request has invalid fields",
                  "status": 400,
                  "detail": "...",
                  "errors": [
                    { "field": "items[1].shareCode", "message": "..." }
                  ]
                }
                """,
                """
                HTTP/1.1 429 Too Many Requests
                Retry-After: 17
                Content-Type: application/problem+json

                {
                  "type": "urn:guild:problem:too-many-requests",
                  "title": "Too many requests",
                  "status": 429,
                  "detail": "..."
                }
                """,
                """
                curl -s -X POST '%s/api/v1/partner/subscriptions' \\
                  -H "Authorization: Bearer $TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  -d '{"membershipNumber": "1405-000123", "shareCode": "K7Q2-9XRT-M4PA-3HJW",
                       "callbackUrl": "https://hr.example.com/guild-webhooks"}'
                """.formatted(apiUrl),
                """
                # your firm's subscriptions, page by page
                curl -s '%1$s/api/v1/partner/subscriptions?page=0&size=20' -H "Authorization: Bearer $TOKEN"
                # every delivery attempt of one subscription
                curl -s '%1$s/api/v1/partner/subscriptions/42/deliveries' -H "Authorization: Bearer $TOKEN"
                # stop one
                curl -s -X DELETE '%1$s/api/v1/partner/subscriptions/42' -H "Authorization: Bearer $TOKEN"
                """.formatted(apiUrl),
                """
                # read your firm's webhook secret; POST to the same address makes a new one
                curl -s '%s/api/v1/partner/webhook-secret' -H "Authorization: Bearer $TOKEN"
                """.formatted(apiUrl),
                """
                POST /guild-webhooks HTTP/1.1
                Host: hr.example.com
                Content-Type: application/json
                Guild-Webhook-Id: 6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b
                Guild-Webhook-Timestamp: %s
                Guild-Webhook-Signature: %s

                %s
                """.formatted(EXAMPLE_TIMESTAMP, signature, EXAMPLE_BODY),
                """
                import java.nio.charset.StandardCharsets;
                import java.security.GeneralSecurityException;
                import java.security.MessageDigest;
                import java.time.Instant;
                import java.util.HexFormat;
                import javax.crypto.Mac;
                import javax.crypto.spec.SecretKeySpec;

                /** True when the call is signed with our webhook secret and at most five minutes old. */
                static boolean signedByGuild(String secret, String timestamp, byte[] body, String signature)
                        throws GeneralSecurityException {
                    long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp));
                    if (age > 300) {
                        return false; // an old call replayed, or a clock far off
                    }
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
                    String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
                    // constant time, so the comparison does not leak how much of a guess was right
                    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                            signature.getBytes(StandardCharsets.UTF_8));
                }
                """,
                """
                # body.json: the request body exactly as received, byte for byte
                # $timestamp, $signature: the Guild-Webhook-Timestamp and Guild-Webhook-Signature headers
                age=$(( $(date +%s) - timestamp )); [ "${age#-}" -le 300 ] || { echo 'too old'; exit 1; }
                expected="v1=$( { printf '%s.' "$timestamp"; cat body.json; } \\
                  | openssl dgst -sha256 -hmac "$GUILD_WEBHOOK_SECRET" | awk '{print $NF}')"
                [ "$expected" = "$signature" ] && echo 'signed by the guild'
                """,
                EXAMPLE_SECRET, EXAMPLE_TIMESTAMP, EXAMPLE_BODY, signature);
    }

    /** {@code v1=} and the hex HMAC-SHA256 of {@code "<timestamp>.<body>"}, as the guild signs its calls. */
    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
