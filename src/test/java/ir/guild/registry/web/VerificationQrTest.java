package ir.guild.registry.web;

import static ir.guild.registry.web.PageChecks.decodeQr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.zxing.ReaderException;

class VerificationQrTest {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final VerificationQr qr = new VerificationQr("http://127.0.0.1:8080/");

    @Test
    void theAddressesArePublicChecksUnderThePublicUrl() {
        assertThat(qr.certificateUrl("K7Q2-9XRT-M4PA")).isEqualTo("http://127.0.0.1:8080/verify/K7Q2-9XRT-M4PA");
        assertThat(qr.membershipUrl("1405-000042")).isEqualTo("http://127.0.0.1:8080/verify/member/1405-000042");
    }

    @Test
    void aCodeWhoseSpecifiedMaskAScannerMissesIsStillRead() throws Exception {
        // The penalty rules' mask for this address leaves a false alignment mark in the data.
        String url = qr.certificateUrl("TBV9-9NAM-1FQ5");
        assertThat(decodeQr(qr.png(url))).isEqualTo(url);
    }

    @Test
    void everyCertificateAndMembershipAddressIsReadFromItsImage() throws Exception {
        Random random = new Random(1405);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            urls.add(qr.certificateUrl(certificateCode(random)));
        }
        for (int i = 0; i < 200; i++) {
            urls.add(qr.membershipUrl(String.format("%d-%06d", 1400 + random.nextInt(10), random.nextInt(1_000_000))));
        }
        List<String> unread = new ArrayList<>();
        for (String url : urls) {
            if (!url.equals(readOrNull(qr.png(url)))) {
                unread.add(url);
            }
        }
        assertThat(unread).isEmpty();
    }

    private static String readOrNull(byte[] png) throws Exception {
        try {
            return decodeQr(png);
        } catch (ReaderException e) {
            return null;
        }
    }

    private static String certificateCode(Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
