package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NationalCompanyIdTest {

    @Test
    void aRealCompanysIdIsValid() {
        // Bank Melli Iran's published national ID.
        assertThat(NationalCompanyId.parse("10100834460")).map(NationalCompanyId::value).contains("10100834460");
    }

    @Test
    void personAndArabicIndicDigitsSpacesAndDashesAreRead() {
        assertThat(NationalCompanyId.parse("۱۰۱۰۰۸۳۴۴۶۰")).map(NationalCompanyId::value).contains("10100834460");
        assertThat(NationalCompanyId.parse("١٠١٠١٧٧٠٥٢٣")).map(NationalCompanyId::value).contains("10101770523");
        assertThat(NationalCompanyId.parse(" 101-008 344-60 ")).isPresent();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        for (int digit = 1; digit <= 9; digit++) {
            assertThat(NationalCompanyId.parse("1010083446" + digit)).as("check digit " + digit).isEmpty();
        }
    }

    @Test
    void otherLengthsLettersAndAnEmptySerialAreRefused() {
        assertThat(NationalCompanyId.parse("1010083446")).isEmpty();
        assertThat(NationalCompanyId.parse("101008344600")).isEmpty();
        assertThat(NationalCompanyId.parse("1010083446a")).isEmpty();
        assertThat(NationalCompanyId.parse(null)).isEmpty();
        assertThat(NationalCompanyId.parse("")).isEmpty();
        String emptySerial = "101000000" + "0";
        assertThat(NationalCompanyId.parse(emptySerial + NationalCompanyId.checkDigit(emptySerial + "0"))).isEmpty();
        assertThatThrownBy(() -> new NationalCompanyId("10100834461")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckDigitIsTheElevenModulusOfTheWeightedDigits() {
        assertThat(NationalCompanyId.checkDigit("1410000123")).isEqualTo(3);
        assertThat(NationalCompanyId.checkDigit("1032003455")).isEqualTo(9);
    }
}
