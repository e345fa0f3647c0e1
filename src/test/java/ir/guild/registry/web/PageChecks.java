package ir.guild.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** What the page tests of every feature check on a page: Persian digits, labelled fields, and the text a QR image holds. */
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

    /** Every field of the page has an id and one label for it, and no id is used twice. */
    public static void assertEveryFieldHasALabel(Document page) {
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(field.id()).as(field.outerHtml()).isNotEmpty();
            assertThat(page.select("label[for=" + field.id() + "]")).as("label for #" + field.id()).hasSize(1);
        }
        page.getAllElements().stream().map(Element::id).filter(id -> !id.isEmpty())
                .forEach(id -> assertThat(page.select("[id=" + id + "]")).as("id " + id).hasSize(1));
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
