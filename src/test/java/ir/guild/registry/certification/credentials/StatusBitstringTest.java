package ir.guild.registry.certification.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class StatusBitstringTest {

    static byte[] decode(String encodedList) throws IOException {
        assertThat(encodedList).startsWith("u");
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return gzip.readAllBytes();
        }
    }

    @Test
    void positionZeroIsTheMostSignificantBitOfTheFirstByte() throws IOException {
        StatusBitstring bits = new StatusBitstring();
        bits.set(0);
        bits.set(9);
        bits.set(StatusListId.SIZE - 1);

        byte[] decoded = decode(bits.encoded());
        assertThat(decoded).hasSize(131_072 / 8);
        assertThat(decoded[0]).isEqualTo((byte) 0x80);
        assertThat(decoded[1]).isEqualTo((byte) 0x40);
        assertThat(decoded[decoded.length - 1]).isEqualTo((byte) 0x01);
        assertThat(bits.get(9)).isTrue();
        assertThat(bits.get(8)).isFalse();
    }

    @Test
    void theEncodedListIsBase64UrlWithoutPadding() {
        String encoded = new StatusBitstring().encoded();
        assertThat(encoded.substring(1)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void listsAreNamedByPurposeAndNumber() {
        assertThat(StatusListId.parse("revocation-0"))
                .contains(new StatusListId(StatusPurpose.REVOCATION, 0));
        assertThat(StatusListId.parse("suspension-12"))
                .contains(new StatusListId(StatusPurpose.SUSPENSION, 12));
        assertThat(StatusListId.parse("suspension-12").orElseThrow()).hasToString("suspension-12");
        for (String unknown : new String[] { "revocation-01", "revocation-", "expiry-0", "REVOCATION-0",
                "revocation--1", "revocation-9999999999", "" }) {
            assertThat(StatusListId.parse(unknown)).as(unknown).isEmpty();
        }
    }

    @Test
    void aStatusIndexFallsInTheListOfItsBlockOf131072() {
        assertThat(StatusListId.holding(StatusPurpose.REVOCATION, 131_071).number()).isZero();
        assertThat(StatusListId.position(131_071)).isEqualTo(131_071);
        assertThat(StatusListId.holding(StatusPurpose.REVOCATION, 131_072).number()).isEqualTo(1);
        assertThat(StatusListId.position(131_072)).isZero();
        assertThat(StatusListId.position(262_149)).isEqualTo(5);
        StatusListId second = new StatusListId(StatusPurpose.SUSPENSION, 1);
        assertThat(second.firstIndex()).isEqualTo(131_072);
        assertThat(second.lastIndex()).isEqualTo(262_143);
    }
}
