package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianTextTest {

    @Test
    void arabicYehAndKafBecomePersian() {
        assertThat(PersianText.normalize("علي")).isEqualTo("علی");
        assertThat(PersianText.normalize("موسى")).isEqualTo("موسی");
        assertThat(PersianText.normalize("كامپيوتر")).isEqualTo("کامپیوتر");
        assertThat(PersianText.normalize("كوچك")).isEqualTo("کوچک");
    }

    @Test
    void hamzaOnArabicYehStaysAHamzaSeat() {
        // NFC turns yeh + hamza above into ئ before the Arabic yeh is replaced, keeping the word intact.
        assertThat(PersianText.normalize("\u0645\u0633\u0627\u064A\u0654\u0644")).isEqualTo("مسائل");
    }

    @Test
    void decomposedCharactersAreComposed() {
        assertThat(PersianText.normalize("Jose\u0301")).isEqualTo("Jos\u00E9");
        assertThat(PersianText.normalize("\u0627\u0653\u0628")).isEqualTo("\u0622\u0628");
    }

    @Test
    void persianAndArabicIndicDigitsAreLeftAloneByNormalize() {
        assertThat(PersianText.normalize("۱۲۳ ٤٥٦")).isEqualTo("۱۲۳ ٤٥٦");
    }

    @Test
    void surroundingWhitespaceAndInvisibleCharactersAreTrimmed() {
        assertThat(PersianText.normalize("  سلام\t\n")).isEqualTo("سلام");
        assertThat(PersianText.normalize("\u00A0سلام\u00A0")).isEqualTo("سلام");
        assertThat(PersianText.normalize("\u200Bسلام\u200B")).isEqualTo("سلام");
        assertThat(PersianText.normalize("\uFEFFسلام")).isEqualTo("سلام");
        assertThat(PersianText.normalize("\u200F\u00A0 \u200Bسلام \u202C\u200E")).isEqualTo("سلام");
    }

    @Test
    void zeroWidthNonJoinerInsideAWordIsKept() {
        assertThat(PersianText.normalize(" می\u200Cروم ")).isEqualTo("می\u200Cروم");
        assertThat(PersianText.normalize("کتاب\u200Cها")).isEqualTo("کتاب\u200Cها");
    }

    @Test
    void zeroWidthNonJoinerAtTheEndsIsTrimmed() {
        assertThat(PersianText.normalize("\u200Cکتاب\u200C")).isEqualTo("کتاب");
    }

    @Test
    void runsOfWhitespaceInsideBecomeOneSpace() {
        assertThat(PersianText.normalize("علی   \t رضایی")).isEqualTo("علی رضایی");
        assertThat(PersianText.normalize("علی\u00A0\u00A0رضایی")).isEqualTo("علی رضایی");
        assertThat(PersianText.normalize("خط\r\nدوم")).isEqualTo("خط دوم");
    }

    @Test
    void blankTextBecomesEmptyAndNullStaysNull() {
        assertThat(PersianText.normalize(" \u00A0\u200B\uFEFF\t")).isEmpty();
        assertThat(PersianText.normalize("")).isEmpty();
        assertThat(PersianText.normalize(null)).isNull();
        assertThat(PersianText.digitsToAscii(null)).isNull();
        assertThat(PersianText.normalizeNumeric(null)).isNull();
    }

    @Test
    void persianAndArabicIndicDigitsBecomeAscii() {
        assertThat(PersianText.digitsToAscii("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(PersianText.digitsToAscii("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
    }

    @Test
    void digitsToAsciiChangesNothingElse() {
        assertThat(PersianText.digitsToAscii(" پلاک ۱۲، طبقهٔ ٣ ")).isEqualTo(" پلاک 12، طبقهٔ 3 ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "۰۹۱۲-۱۲۳ ۴۵۶۷       | 09121234567",
            "+98 (912) 123-4567  | +98(912)1234567",
            "۱٬۵۰۰٬۰۰۰           | 1500000",
            "۱،۵۰۰،۰۰۰           | 1500000",
            "1,500,000           | 1500000",
            "۱۲٫۵                | 12.5",
            "۰۴۹–۹۳۷۰۸۹—۹        | 0499370899",
            "'\u00A0۱۲۳\u200B'   | 123"
    })
    void numericFieldsKeepOnlyDigitsAndMeaningfulSigns(String written, String expected) {
        assertThat(PersianText.normalizeNumeric(written)).isEqualTo(expected);
    }
}
