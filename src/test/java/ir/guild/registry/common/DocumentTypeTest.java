package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void eachAcceptedTypeIsRecognisedByItsFirstBytes() {
        assertThat(DocumentType.of(SampleFiles.PDF)).contains(DocumentType.PDF);
        assertThat(DocumentType.of(SampleFiles.PNG)).contains(DocumentType.PNG);
        assertThat(DocumentType.of(SampleFiles.JPEG)).contains(DocumentType.JPEG);
        assertThat(DocumentType.of(SampleFiles.WEBP)).contains(DocumentType.WEBP);
    }

    @Test
    void htmlScriptsAndOtherRiffFilesAreNotEvidence() {
        assertThat(DocumentType.of(SampleFiles.HTML)).isEmpty();
        assertThat(DocumentType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        byte[] wave = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ' };
        assertThat(DocumentType.of(wave)).isEmpty();
        byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0 };
        assertThat(DocumentType.of(zip)).isEmpty();
    }

    @Test
    void aPdfMarkerAnywhereButTheStartDoesNotMakeAPdf() {
        assertThat(DocumentType.of(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void contentTooShortForAnyMarkerIsNotEvidence() {
        assertThat(DocumentType.of(new byte[] { '%', 'P' })).isEmpty();
        assertThat(DocumentType.of(new byte[0])).isEmpty();
        assertThat(DocumentType.of(null)).isEmpty();
    }

    @Test
    void theStoredNameKeepsTheClaimedNameButTakesTheExtensionOfTheRealType() {
        assertThat(DocumentType.PDF.fileName("portfolio.pdf", "evidence")).isEqualTo("portfolio.pdf");
        assertThat(DocumentType.PNG.fileName("shot.pdf", "evidence")).isEqualTo("shot.png");
        assertThat(DocumentType.PDF.fileName("C:\\Users\\sara\\cv.pdf", "evidence"))
                .isEqualTo("cv.pdf");
        assertThat(DocumentType.JPEG.fileName("../../etc/passwd", "evidence"))
                .isEqualTo("passwd.jpg");
        assertThat(DocumentType.WEBP.fileName(null, "evidence")).isEqualTo("evidence.webp");
        assertThat(DocumentType.PDF.fileName("a\"b\r\n.pdf", "evidence")).isEqualTo("ab.pdf");
        assertThat(DocumentType.PDF.fileName("x".repeat(500) + ".pdf", "evidence")).hasSize(200);
    }

    @Test
    void evidenceTextKeepsItsParagraphsButNotStrayWhitespace() {
        assertThat(PersianText.normalizeParagraphs("  one  line \r\n second\tline\n\n\n\nthird  ")).isEqualTo(
                "one line\nsecond line\n\nthird");
        assertThat(PersianText.normalizeParagraphs(" \n \n")).isNull();
        assertThat(PersianText.normalizeParagraphs("كار روي سيستم")).isEqualTo("کار روی سیستم");
    }
}
