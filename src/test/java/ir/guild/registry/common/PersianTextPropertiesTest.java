package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class PersianTextPropertiesTest {

    @Property(tries = 2000)
    void normalizingTwiceChangesNothing(@ForAll("mixedText") String text) {
        String once = PersianText.normalize(text);

        assertThat(PersianText.normalize(once)).isEqualTo(once);
    }

    @Property
    void normalizingArbitraryUnicodeTwiceChangesNothing(@ForAll String text) {
        String once = PersianText.normalize(text);

        assertThat(PersianText.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void normalizedTextIsComposedTrimmedAndFreeOfArabicYehAndKaf(@ForAll("mixedText") String text) {
        String normalized = PersianText.normalize(text);

        assertThat(Normalizer.isNormalized(normalized, Normalizer.Form.NFC)).isTrue();
        assertThat(normalized).doesNotContain("\u064A", "\u0649", "\u0643", "  ", "\t", "\u00A0");
        assertThat(normalized).doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Property
    void everyPersianAndArabicIndicDigitBecomesItsAsciiValue(@ForAll @IntRange(min = 0, max = 9) int value) {
        String ascii = String.valueOf(value);

        assertThat(PersianText.digitsToAscii(String.valueOf((char) ('\u06F0' + value)))).isEqualTo(ascii);
        assertThat(PersianText.digitsToAscii(String.valueOf((char) ('\u0660' + value)))).isEqualTo(ascii);
    }

    @Property
    void numbersWrittenInPersianDigitsReadAsTheSameNumber(@ForAll @IntRange(min = 0) int number) {
        String persian = String.valueOf(number).chars()
                .collect(StringBuilder::new, (b, c) -> b.append((char) ('\u06F0' + c - '0')), StringBuilder::append)
                .toString();

        assertThat(Integer.parseInt(PersianText.digitsToAscii(persian))).isEqualTo(number);
        assertThat(PersianText.normalizeNumeric(persian)).isEqualTo(String.valueOf(number));
    }

    @Property
    void digitsToAsciiLeavesTextWithoutPersianOrArabicDigitsAlone(@ForAll("mixedText") String text) {
        String withoutDigits = text.replaceAll("[\u06F0-\u06F9\u0660-\u0669]", "");

        assertThat(PersianText.digitsToAscii(withoutDigits)).isEqualTo(withoutDigits);
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<Character> persianAndArabic = Arbitraries.chars().range('\u0600', '\u06FF');
        Arbitrary<Character> awkward = Arbitraries.of(
                ' ', '\t', '\n', '\u00A0', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A',
                '\u202C', '\u2066', '\u2069', '\u061C', '\uFEFF', '\u3000', '\u2007', '\u202F',
                '\u0301', '\u0327', '\u0653', '\u0654', '\u0655', 'e', 'A', '-', '٬', '،', '٫');
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(
                        Tuple.of(5, persianAndArabic),
                        Tuple.of(4, awkward),
                        Tuple.of(1, any))
                .list().ofMaxSize(30)
                .map(chars -> chars.stream().collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString());
    }
}
