package ir.guild.registry.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.notify.CapturedLog;

class LoggingSmsGatewayTest {

    private static final IranianMobile MEMBER = new IranianMobile("09351234589");

    @Test
    void aMessageIsLoggedWithAMaskedNumberAndWithoutItsText() throws SmsFailure {
        String text = "درخواست شما تأیید شد";
        try (CapturedLog log = new CapturedLog("ir.guild.registry.notify.sms")) {
            SmsReceipt receipt = new LoggingSmsGateway().send(MEMBER, text);

            assertThat(receipt.status()).isEqualTo("logged");
            assertThat(receipt.messageId()).isNotBlank();
            assertThat(log.lines()).hasSize(1);
            assertThat(log.all()).contains("0935*****89", receipt.messageId())
                    .doesNotContain("09351234567", "09351234589", text);
        }
    }

    @Test
    void aOneTimeCodeIsNeverLogged() throws SmsFailure {
        try (CapturedLog log = new CapturedLog("ir.guild.registry.notify.sms")) {
            new LoggingSmsGateway().sendLookup(MEMBER, "guild-verify", "730114");

            assertThat(log.all()).contains("0935*****89", "guild-verify").doesNotContain("730114", "09351234589");
        }
    }

    @Test
    void inProductionEveryMessageIsRefusedForGoodSoThatNoneCountsAsSent() {
        LoggingSmsGateway production = new LoggingSmsGateway(true);
        assertThatThrownBy(() -> production.send(MEMBER, "x")).isInstanceOfSatisfying(SmsFailure.class,
                failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("guild.sms.provider=log");
        assertThatThrownBy(() -> production.sendLookup(MEMBER, "guild-verify", "730114"))
                .isInstanceOf(SmsFailure.class).hasMessageNotContaining("730114");
    }

    @Test
    void theMaskKeepsTheOperatorPrefixAndTheLastTwoDigits() {
        assertThat(SmsGateway.masked(new IranianMobile("09121234567"))).isEqualTo("0912*****67");
    }
}
