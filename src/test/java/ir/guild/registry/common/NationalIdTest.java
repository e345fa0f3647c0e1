package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    private static final List<String> KNOWN_VALID = List.of("0499370899", "3974017844", "7730942860");

    @Test
    void knownValidIdsAreAccepted() {
        assertThat(KNOWN_VALID).allSatisfy(id -> {
            assertThat(NationalId.isValid(id)).isTrue();
            assertThat(NationalId.parse(id)).map(NationalId::value).contains(id);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "۰۴۹۹۳۷۰۸۹۹",
            "٠٤٩٩٣٧٠٨٩٩",
            "049-937089-9",
            "049 937 0899",
            " ۰۴۹-۹۳۷۰۸۹-۹\u00A0",
            "۰۴۹۹ 370 ٨٩٩"
    })
    void idWrittenWithPersianDigitsSpacesOrDashesIsAcceptedAsAsciiDigits(String written) {
        assertThat(NationalId.parse(written)).map(NationalId::value).contains("0499370899");
    }

    @Test
    void everySingleDigitChangeOfAKnownValidIdIsRejected() {
        for (String id : KNOWN_VALID) {
            List<String> accepted = new ArrayList<>();
            for (String changed : singleDigitChanges(id)) {
                if (NationalId.isValid(changed)) {
                    accepted.add(changed);
                }
            }
            assertThat(accepted).as("single-digit changes of %s that were accepted", id).isEmpty();
            assertThat(singleDigitChanges(id)).hasSize(90);
        }
    }

    @Test
    void checksumCannotTellRemainderOneFromRemainderTen() {
        // Both remainders give check digit 1, so this one change in the second digit goes unnoticed.
        // It is the official algorithm's blind spot, not a defect of the parser.
        assertThat(NationalId.isValid("1234567891")).isTrue();
        assertThat(NationalId.isValid("1334567891")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0000000000", "1111111111", "2222222222", "3333333333", "4444444444",
            "5555555555", "6666666666", "7777777777", "8888888888", "9999999999", "۱۱۱۱۱۱۱۱۱۱"
    })
    void tenIdenticalDigitsAreRejectedAlthoughTheyPassTheChecksum(String id) {
        assertThat(NationalId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"499370899", "049937089", "04993708990", "00499370899", "99370899"})
    void nineOrElevenDigitsAreRejectedWithoutPadding(String id) {
        assertThat(NationalId.parse(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"049937089a", "O499370899", "0499370899x", "ID 0499370899", "0499.370899", "+499370899"})
    void lettersAndOtherSignsAreRejected(String id) {
        assertThat(NationalId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0\u200B", "-"})
    void missingIdIsRejected(String id) {
        assertThat(NationalId.parse(id)).isEmpty();
    }

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        NationalId id = NationalId.parse("0499370899").orElseThrow();

        assertThat(id.toString()).isEqualTo("******0899").doesNotContain("0499370899");
        assertThat(id.masked()).isEqualTo("******0899");
        assertThat(List.of(id).toString()).doesNotContain("0499370899");
    }

    @Test
    void constructorRefusesAnInvalidOrUnnormalisedValue() {
        assertThatThrownBy(() -> new NationalId("0499370898")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NationalId("۰۴۹۹۳۷۰۸۹۹")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NationalId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsWithTheSameDigitsAreEqual() {
        assertThat(NationalId.parse("۰۴۹۹۳۷۰۸۹۹")).isEqualTo(NationalId.parse("0499370899"));
    }

    static List<String> singleDigitChanges(String id) {
        List<String> changes = new ArrayList<>();
        for (int position = 0; position < id.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != id.charAt(position)) {
                    changes.add(id.substring(0, position) + digit + id.substring(position + 1));
                }
            }
        }
        return changes;
    }
}
