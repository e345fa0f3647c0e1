package ir.guild.registry.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** What the page tests of every feature check on a page: Persian digits and the text a QR image holds. */
public final class PageChecks {

    private PageChecks() {
    }

    /** ASCII digits as Persian pages write them (۰ to ۹); everything else as it is. */
    public static String persianDigits(String ascii) {
        StringBuilder persian = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            persian.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return persian.toString();
    }

    /** The text of the QR code in a PNG, read as a phone's camera would. */
    public static String decodeQr(byte[] png) throws IOException, ReaderException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }
}
