package ir.guild.registry.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR codes printed on membership cards and certificates. Each holds a public address
 * where anyone can check the card or certificate, so a phone camera is all a verifier needs.
 */
@ApplicationScoped
public class VerificationQr {

    /** Pixels per QR module: sharp on a phone screen and on paper at the card's printed size. */
    public static final int MODULE_PIXELS = 8;

    // The four-module quiet zone the QR specification asks for; scanners miss codes without it.
    private static final int QUIET_ZONE_MODULES = 4;

    /** The public check of a membership; the page is membership.web.MemberCheckPage. */
    public static final String MEMBERSHIP_CHECK = "/verify/member";

    /** The public check of a certificate by its code. */
    public static final String CERTIFICATE_CHECK = "/verify";

    private final String publicUrl;

    VerificationQr(@ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where a membership is checked: {@code <guild.public-url>/verify/member/<number>}. */
    public String membershipUrl(String membershipNumber) {
        return url(MEMBERSHIP_CHECK + "/" + membershipNumber);
    }

    /** Where a certificate is checked: {@code <guild.public-url>/verify/<code as displayed>}, e.g. {@code K7Q2-9XRT-M4PA}. */
    public String certificateUrl(String displayedCode) {
        return url(CERTIFICATE_CHECK + "/" + displayedCode);
    }

    /** The public address of one of the app's paths ({@code /verify/...}). */
    public String url(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The QR code of any address as a black-on-white PNG. */
    public byte[] png(String url) {
        BitMatrix modules = encode(url);
        int size = modules.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                image.setRGB(x, y, dark ? 0 : white);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static BitMatrix encode(String text) {
        try {
            // Width and height 0 ask for one pixel per module; the image is scaled up above.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            // Only a text too long for any QR version fails, and a verification address is short.
            throw new IllegalStateException("cannot encode a QR code for " + text, e);
        }
    }
}
