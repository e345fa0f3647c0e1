package ir.guild.registry.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSignature.sign("secret", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("v1=" + OPENSSL);
    }

    @Test
    void anyChangeToSecretTimestampOrBodyBreaksIt() {
        String header = WebhookSignature.sign("secret", 1_700_000_000L, "{\"a\":1}");
        assertThat(WebhookSignature.verifies("secret", 1_700_000_000L, "{\"a\":1}", header)).isTrue();
        assertThat(WebhookSignature.verifies("other", 1_700_000_000L, "{\"a\":1}", header)).isFalse();
        assertThat(WebhookSignature.verifies("secret", 1_700_000_001L, "{\"a\":1}", header)).isFalse();
        assertThat(WebhookSignature.verifies("secret", 1_700_000_000L, "{\"a\":2}", header)).isFalse();
        assertThat(WebhookSignature.verifies("secret", 1_700_000_000L, "{\"a\":1}", null)).isFalse();
    }

    private static final String OPENSSL = "49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686";
}
