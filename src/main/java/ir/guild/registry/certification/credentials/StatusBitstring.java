package ir.guild.registry.certification.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * The bits of one status list, in the order W3C Bitstring Status List v1.0 gives them:
 * position 0 is the most significant bit of the first byte.
 */
public final class StatusBitstring {

    private final byte[] bytes = new byte[StatusListId.SIZE / 8];

    public void set(int position) {
        if (position < 0 || position >= StatusListId.SIZE) {
            throw new IndexOutOfBoundsException("Status position " + position);
        }
        bytes[position / 8] |= (byte) (0x80 >>> (position % 8));
    }

    public boolean get(int position) {
        return (bytes[position / 8] & (0x80 >>> (position % 8))) != 0;
    }

    /**
     * The {@code encodedList}: the bits GZIP-compressed, then base64url without padding, with
     * the Multibase prefix {@code u} that marks that encoding.
     */
    public String encoded() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
