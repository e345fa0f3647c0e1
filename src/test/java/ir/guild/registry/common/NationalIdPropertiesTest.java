package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NationalIdPropertiesTest {

    @Property
    void everyIdWithAMatchingCheckDigitIsAccepted(@ForAll("validIds") String id) {
        assertThat(NationalId.parse(id)).map(NationalId::value).contains(id);
    }

    @Property
    void changingOneDigitOfAValidIdIsRejected(
            @ForAll("validIds") String id,
            @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        // Remainders 1 and 10 share check digit 1, so for those IDs some changes cannot be caught;
        // see NationalIdTest.checksumCannotTellRemainderOneFromRemainderTen.
        Assume.that(id.charAt(9) != '1');
        char changed = (char) ('0' + (id.charAt(position) - '0' + shift) % 10);
        String tampered = id.substring(0, position) + changed + id.substring(position + 1);

        assertThat(NationalId.isValid(tampered)).isFalse();
    }

    @Property
    void changingTheCheckDigitOfAValidIdIsRejected(
            @ForAll("validIds") String id, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char changed = (char) ('0' + (id.charAt(9) - '0' + shift) % 10);

        assertThat(NationalId.isValid(id.substring(0, 9) + changed)).isFalse();
    }

    @Property
    void validIdInPersianDigitsParsesToTheSameAsciiValue(@ForAll("validIds") String id) {
        assertThat(NationalId.parse(toPersianDigits(id))).map(NationalId::value).contains(id);
    }

    @Provide
    Arbitrary<String> validIds() {
        return Arbitraries.strings().numeric().ofLength(9)
                .map(payload -> payload + checkDigit(payload))
                .filter(id -> id.chars().distinct().count() > 1);
    }

    private static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 1; i <= 9; i++) {
            sum += (payload.charAt(i - 1) - '0') * (11 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }

    private static String toPersianDigits(String digits) {
        StringBuilder persian = new StringBuilder();
        digits.chars().forEach(c -> persian.append((char) ('\u06F0' + (c - '0'))));
        return persian.toString();
    }
}
