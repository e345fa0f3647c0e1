package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aDownloadNamesTheFileSafelyForOldAndNewClients() {
        assertThat(FileDownload.contentDisposition("گزارش کار.pdf"))
                .isEqualTo("attachment; filename=\"_________.pdf\"; filename*=UTF-8''%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4%20%DA%A9%D8%A7%D8%B1.pdf");
    }

    @Test
    void anAsciiNameIsKeptAsItIs() {
        assertThat(FileDownload.contentDisposition("cv-2026.pdf"))
                .isEqualTo("attachment; filename=\"cv-2026.pdf\"; filename*=UTF-8''cv-2026.pdf");
    }
}
