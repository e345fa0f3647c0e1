package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a counterparty's name is taken for a partner firm's or a counsel's employer. */
class ConflictChecksTest {

    @Test
    void theWordsEveryCompanyNameCarriesAreIgnored() {
        assertThat(ConflictChecks.sameParty("شرکت داده‌پردازان پارس (سهامی خاص)", "داده پردازان پارس")).isTrue();
        assertThat(ConflictChecks.sameParty("Fanavaran Co.", "FANAVARAN LTD")).isTrue();
        assertThat(ConflictChecks.sameParty("Pars Data Group", "pars-data")).isTrue();
    }

    @Test
    void arabicLettersAndDigitsAreReadAsTheirPersianForms() {
        assertThat(ConflictChecks.sameParty("شركت فناوري ياس", "فناوری یاس")).isTrue();
    }

    @Test
    void aNameMatchesWhenAllTheWordsOfOneSideAppearInTheOther() {
        assertThat(ConflictChecks.sameParty("Fanavaran Pars Engineering", "Fanavaran Pars")).isTrue();
        assertThat(ConflictChecks.sameParty("Fanavaran", "Fanavaran Pars Engineering")).isTrue();
    }

    @Test
    void differentFirmsDoNotMatch() {
        assertThat(ConflictChecks.sameParty("Fanavaran Pars", "Fanavaran Yas")).isFalse();
        assertThat(ConflictChecks.sameParty("شرکت داده‌پردازان پارس", "شرکت داده‌پردازان ایران")).isFalse();
    }

    @Test
    void aNameMadeOnlyOfLegalFormsOrPunctuationMatchesNothing() {
        assertThat(ConflictChecks.words("شرکت سهامی خاص")).isEmpty();
        assertThat(ConflictChecks.sameParty("Co. Ltd.", "Co. Ltd.")).isFalse();
        assertThat(ConflictChecks.sameParty(null, "Fanavaran")).isFalse();
        assertThat(ConflictChecks.sameParty("  ", "Fanavaran")).isFalse();
    }
}
