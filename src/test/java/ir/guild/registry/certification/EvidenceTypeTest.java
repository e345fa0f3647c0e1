package ir.guild.registry.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ir.guild.registry.common.PersianText;

class EvidenceTypeTest {

    @Test
    void eachAcceptedTypeIsRecognisedByItsFirstBytes() {
        assertThat(EvidenceType.of(EvidenceFileApiTest.PDF)).contains(EvidenceType.PDF);
        assertThat(EvidenceType.of(EvidenceFileApiTest.PNG)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.of(EvidenceFileApiTest.JPEG)).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.of(EvidenceFileApiTest.WEBP)).contains(EvidenceType.WEBP);
    }

    @Test
    void htmlScriptsAndOtherRiffFilesAreNotEvidence() {
        assertThat(EvidenceType.of(EvidenceFileApiTest.HTML)).isEmpty();
        assertThat(EvidenceType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        byte[] wave = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ' };
        assertThat(EvidenceType.of(wave)).isEmpty();
        byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0 };
        assertThat(EvidenceType.of(zip)).isEmpty();
    }

    @Test
    void aPdfMarkerAnywhereButTheStartDoesNotMakeAPdf() {
        assertThat(EvidenceType.of(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void contentTooShortForAnyMarkerIsNotEvidence() {
        assertThat(EvidenceType.of(new byte[] { '%', 'P' })).isEmpty();
        assertThat(EvidenceType.of(new byte[0])).isEmpty();
        assertThat(EvidenceType.of(null)).isEmpty();
    }

    @Test
    void theStoredNameKeepsTheClaimedNameButTakesTheExtensionOfTheRealType() {
        assertThat(CertificationRequestService.fileName("portfolio.pdf", EvidenceType.PDF)).isEqualTo("portfolio.pdf");
        assertThat(CertificationRequestService.fileName("shot.pdf", EvidenceType.PNG)).isEqualTo("shot.png");
        assertThat(CertificationRequestService.fileName("C:\\Users\\sara\\cv.pdf", EvidenceType.PDF))
                .isEqualTo("cv.pdf");
        assertThat(CertificationRequestService.fileName("../../etc/passwd", EvidenceType.JPEG))
                .isEqualTo("passwd.jpg");
        assertThat(CertificationRequestService.fileName(null, EvidenceType.WEBP)).isEqualTo("evidence.webp");
        assertThat(CertificationRequestService.fileName("a\"b\r\n.pdf", EvidenceType.PDF)).isEqualTo("ab.pdf");
        assertThat(CertificationRequestService.fileName("x".repeat(500) + ".pdf", EvidenceType.PDF)).hasSize(200);
    }

    @Test
    void evidenceTextKeepsItsParagraphsButNotStrayWhitespace() {
        assertThat(PersianText.normalizeParagraphs("  one  line \r\n second\tline\n\n\n\nthird  ")).isEqualTo(
                "one line\nsecond line\n\nthird");
        assertThat(PersianText.normalizeParagraphs(" \n \n")).isNull();
        assertThat(PersianText.normalizeParagraphs("كار روي سيستم")).isEqualTo("کار روی سیستم");
    }
}
