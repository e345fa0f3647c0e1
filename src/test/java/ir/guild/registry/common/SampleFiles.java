package ir.guild.registry.common;

import java.nio.charset.StandardCharsets;

/**
 * Files people upload (evidence for a certification, documents of a legal-aid case): small but
 * real in their first bytes, which is all the platform judges a file by.
 */
public final class SampleFiles {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    public static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
    public static final byte[] WEBP = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };
    /** An HTML page, whatever name or type it is sent with: its content does not lie. */
    public static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    private SampleFiles() {
    }
}
