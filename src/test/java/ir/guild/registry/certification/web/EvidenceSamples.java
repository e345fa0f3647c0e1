package ir.guild.registry.certification.web;

import java.nio.charset.StandardCharsets;

/** Files a member might send as evidence through the pages: what they contain is what the pages judge. */
final class EvidenceSamples {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    /** An HTML page dressed up as a PDF: its name and claimed type lie, its content does not. */
    static final byte[] HTML_AS_PDF = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    private EvidenceSamples() {
    }
}
