package ir.guild.registry.web;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
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

    // The eight data masks of the QR specification.
    private static final int MASKS = 8;

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
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(scannable(url), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /**
     * The code of a text as a scanner reads it, drawn at {@link #MODULE_PIXELS}. The mask the QR
     * specification's penalty picks leaves, for about one address in a hundred, a pattern in the
     * data that a common scanner takes for a finder or alignment mark, and it then fails on every
     * scan of a clean image. So each code is read back here, and one that does not read is drawn
     * with the first of the eight masks that does instead; every reader accepts any mask.
     */
    private static BufferedImage scannable(String text) {
        BufferedImage chosen = null;
        for (int mask = -1; mask < MASKS; mask++) {
            BitMatrix modules = encode(text, mask < 0 ? null : mask);
            BufferedImage served = image(modules, MODULE_PIXELS);
            // At the size served and at three pixels a module, about what a phone's camera sees of
            // a printed card held at arm's length.
            if (reads(served, text) && reads(image(modules, 3), text)) {
                return served;
            }
            if (chosen == null) {
                chosen = served;
            }
        }
        return chosen;
    }

    private static boolean reads(BufferedImage image, String text) {
        int size = image.getWidth();
        int[] pixels = image.getRGB(0, 0, size, size, null, 0, size);
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
                    .getText().equals(text);
        } catch (ReaderException e) {
            return false;
        }
    }

    private static BufferedImage image(BitMatrix modules, int modulePixels) {
        int size = modules.getWidth() * modulePixels;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                // In the binary image's two-colour palette, sample 0 is black and 1 is white.
                raster.setSample(x, y, 0, modules.get(x / modulePixels, y / modulePixels) ? 0 : 1);
            }
        }
        return image;
    }

    // mask null leaves the choice to the specification's penalty rules.
    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            // Width and height 0 ask for one pixel per module; the image is scaled up when drawn.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            // Only a text too long for any QR version fails, and a verification address is short.
            throw new IllegalStateException("cannot encode a QR code for " + text, e);
        }
    }
}
