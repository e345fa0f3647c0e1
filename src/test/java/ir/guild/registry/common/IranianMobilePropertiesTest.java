package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IranianMobilePropertiesTest {

    @Property
    void everyWrittenFormOfANumberBecomesTheSameNationalForm(
            @ForAll("subscriberNumbers") String subscriber, @ForAll("prefixes") String prefix) {
        assertThat(IranianMobile.parse(prefix + subscriber)).map(IranianMobile::value).contains("0" + subscriber);
    }

    @Property
    void numberWithPersianDigitsAndSeparatorsBecomesTheSameNationalForm(
            @ForAll("subscriberNumbers") String subscriber, @ForAll("separators") String separator) {
        String written = toPersianDigits("0" + subscriber.substring(0, 3))
                + separator + toPersianDigits(subscriber.substring(3, 6))
                + separator + toPersianDigits(subscriber.substring(6));

        assertThat(IranianMobile.parse(written)).map(IranianMobile::value).contains("0" + subscriber);
    }

    @Property
    void e164FormParsesBackToTheSameNumber(@ForAll("subscriberNumbers") String subscriber) {
        IranianMobile mobile = IranianMobile.parse("0" + subscriber).orElseThrow();

        assertThat(mobile.e164()).isEqualTo("+98" + subscriber);
        assertThat(IranianMobile.parse(mobile.e164())).contains(mobile);
    }

    @Property
    void numbersOfAnyOtherLengthAreRejected(
            @ForAll("subscriberNumbers") String subscriber, @ForAll @IntRange(min = 1, max = 9) int cut) {
        assertThat(IranianMobile.isValid("0" + subscriber.substring(0, 10 - cut))).isFalse();
        assertThat(IranianMobile.isValid("0" + subscriber + subscriber.substring(0, cut))).isFalse();
    }

    @Property
    void numbersNotStartingWithNineAfterThePrefixAreRejected(
            @ForAll("subscriberNumbers") String subscriber, @ForAll @IntRange(min = 0, max = 8) int leading) {
        String landline = leading + subscriber.substring(1);

        assertThat(IranianMobile.isValid("0" + landline)).isFalse();
        assertThat(IranianMobile.isValid("+98" + landline)).isFalse();
    }

    @Provide
    Arbitrary<String> subscriberNumbers() {
        return Arbitraries.strings().numeric().ofLength(9).map(rest -> "9" + rest);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("0", "", "+98", "0098", "98", "+98 ", "(0)", "+98-");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", "\u00A0", " - ");
    }

    private static String toPersianDigits(String digits) {
        StringBuilder persian = new StringBuilder();
        digits.chars().forEach(c -> persian.append((char) ('\u06F0' + (c - '0'))));
        return persian.toString();
    }
}
