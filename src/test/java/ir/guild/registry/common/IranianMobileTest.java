package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IranianMobileTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "09121234567",
            "9121234567",
            "+989121234567",
            "00989121234567",
            "989121234567",
            "0912 123 4567",
            "0912-123-4567",
            "(0912) 123-4567",
            "+98 (912) 123 45 67",
            "0098-912-123-4567",
            "۰۹۱۲۱۲۳۴۵۶۷",
            "٠٩١٢١٢٣٤٥٦٧",
            "+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷",
            "\u200E+98 912 123 4567\u200F",
            " ۰۹۱۲\u00A0۱۲۳\u00A0۴۵۶۷ "
    })
    void everyAcceptedFormOfANumberBecomesTheSameNationalForm(String written) {
        assertThat(IranianMobile.parse(written)).map(IranianMobile::value).contains("09121234567");
    }

    @Test
    void e164FormHasTheCountryCodeInsteadOfTheLeadingZero() {
        IranianMobile mobile = IranianMobile.parse("0912 123 4567").orElseThrow();

        assertThat(mobile.e164()).isEqualTo("+989121234567");
        assertThat(IranianMobile.parse(mobile.e164())).contains(mobile);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "02112345678",      // a Tehran landline
            "+982112345678",    // the same landline in international form
            "2112345678",
            "0912123456",       // one digit short
            "091212345678",     // one digit long
            "912123456",
            "+98912123456",
            "+9891212345678",
            "+0989121234567",
            "0989121234567",
            "+449121234567",    // another country's code
            "0091234567891",
            "0912123456a",
            "0912 abc 4567",
            "0912.123.4567",
            "0912/123/4567",
            "09121234567 ext 2"
    })
    void numbersThatAreNotIranianMobilesAreRejected(String written) {
        assertThat(IranianMobile.isValid(written)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u200B", "()", "-"})
    void missingNumberIsRejected(String written) {
        assertThat(IranianMobile.parse(written)).isEmpty();
    }

    @Test
    void constructorAcceptsOnlyTheNationalForm() {
        assertThat(new IranianMobile("09121234567").value()).isEqualTo("09121234567");
        assertThatThrownBy(() -> new IranianMobile("+989121234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IranianMobile("9121234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IranianMobile(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
