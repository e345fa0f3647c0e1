package ir.guild.registry.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.web.Language;

class CallbackUrlsTest {

    private static FieldChecks checked(String url, boolean requireHttps) {
        FieldChecks checks = new FieldChecks(Language.EN);
        CallbackUrls.check(checks, "callbackUrl", url, requireHttps);
        return checks;
    }

    @Test
    void httpsIsRequiredWhenTheFlagIsOn() {
        assertThat(checked("https://hr.example.com/hook", true).errors()).isEmpty();
        assertThat(checked("HTTPS://hr.example.com/hook", true).errors()).isEmpty();
        assertThat(checked("http://hr.example.com/hook", true).errors()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("callbackUrl",
                        "The callback URL must start with https://."));
    }

    @Test
    void plainHttpIsAllowedWhenTheFlagIsOff() {
        assertThat(checked("http://127.0.0.1:8999/hook", false).errors()).isEmpty();
        assertThat(CallbackUrls.check(new FieldChecks(Language.EN), "callbackUrl", " http://127.0.0.1:8999/hook ", false))
                .isEqualTo("http://127.0.0.1:8999/hook");
    }

    @Test
    void anythingButAnHttpUrlWithAHostIsRefusedEitherWay() {
        for (boolean requireHttps : new boolean[] { true, false }) {
            assertThat(checked(null, requireHttps).errors()).extracting(FieldError::field).containsExactly("callbackUrl");
            assertThat(checked("  ", requireHttps).errors()).extracting(FieldError::field).containsExactly("callbackUrl");
            assertThat(checked("ftp://hr.example.com/hook", requireHttps).errors()).hasSize(1);
            assertThat(checked("https:///no-host", requireHttps).errors()).hasSize(1);
            assertThat(checked("https://hr.example.com/" + "x".repeat(CallbackUrls.MAX_LENGTH), requireHttps).errors())
                    .hasSize(1);
        }
    }
}
