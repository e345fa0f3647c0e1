package ir.guild.registry.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PublicCodeTest {

    @Test
    void aFreshCodeHasTwelveCharactersOfCrockfordsAlphabet() {
        for (int i = 0; i < 1000; i++) {
            assertThat(PublicCode.generate()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        }
    }

    @Test
    void freshCodesDoNotRepeatAndEveryPositionUsesTheWholeAlphabet() {
        int count = 4000;
        Set<String> codes = new HashSet<>();
        @SuppressWarnings("unchecked")
        Set<Character>[] seen = new Set[PublicCode.LENGTH];
        for (int position = 0; position < PublicCode.LENGTH; position++) {
            seen[position] = new HashSet<>();
        }
        for (int i = 0; i < count; i++) {
            String code = PublicCode.generate();
            codes.add(code);
            for (int position = 0; position < PublicCode.LENGTH; position++) {
                seen[position].add(code.charAt(position));
            }
        }
        assertThat(codes).hasSize(count);
        // 4000 draws from 32 symbols miss one with probability about 32 * (31/32)^4000: never.
        for (int position = 0; position < PublicCode.LENGTH; position++) {
            assertThat(seen[position]).as("position %d", position).hasSize(32);
        }
    }

    @Test
    void aCodeIsShownInThreeGroupsOfFour() {
        assertThat(PublicCode.display("K7Q29XRTM4PA")).isEqualTo("K7Q2-9XRT-M4PA");
    }

    @Test
    void readingACodeForgivesCaseDashesAndSpaces() {
        assertThat(PublicCode.parse("K7Q2-9XRT-M4PA")).contains("K7Q29XRTM4PA");
        assertThat(PublicCode.parse("k7q2 9xrt m4pa")).contains("K7Q29XRTM4PA");
        assertThat(PublicCode.parse("  k7q2-9XRT m4pa ")).contains("K7Q29XRTM4PA");
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsThoseDigits() {
        assertThat(PublicCode.parse("K7Q2-9XRT-M4PO")).contains("K7Q29XRTM4P0");
        assertThat(PublicCode.parse("oIlO-0000-0000")).contains("011000000000");
    }

    @Test
    void persianDigitsAreReadAsDigits() {
        assertThat(PublicCode.parse("K۷Q۲-۹XRT-M۴PA")).contains("K7Q29XRTM4PA");
    }

    @Test
    void aCodeOfTheWrongLengthOrWithLettersOutsideTheAlphabetIsNoCode() {
        assertThat(PublicCode.parse("K7Q2-9XRT-M4P")).isEmpty();
        assertThat(PublicCode.parse("K7Q2-9XRT-M4PAA")).isEmpty();
        assertThat(PublicCode.parse("K7Q2-9XRT-M4PU")).isEmpty();
        assertThat(PublicCode.parse("K7Q2/9XRT/M4PA")).isEmpty();
        assertThat(PublicCode.parse("")).isEmpty();
        assertThat(PublicCode.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void whatIsShownReadsBackToWhatIsStored() {
        for (int i = 0; i < 100; i++) {
            String code = PublicCode.generate();
            assertThat(PublicCode.parse(PublicCode.display(code))).contains(code);
            assertThat(PublicCode.parse(PublicCode.display(code).toLowerCase())).contains(code);
        }
    }
}
