package ir.guild.registry.common;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of file the guild accepts as uploads (certification evidence, legal-aid
 * documents), recognised from the first bytes of the content. What the upload claims (its
 * type or its file name) is never trusted: an HTML page named {@code cv.pdf} is still an
 * HTML page.
 */
public enum DocumentType {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    WEBP("image/webp", ".webp");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MAGIC = "WEBP".getBytes(StandardCharsets.US_ASCII);

    /** The longest file name kept, as the tables allow. */
    public static final int FILE_NAME_MAX = 200;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The name kept for a file of this type: the last part of the name it was sent with,
     * printable, at most {@value #FILE_NAME_MAX} characters, with the extension of its real type;
     * {@code fallback} when nothing usable was sent.
     */
    public String fileName(String claimed, String fallback) {
        String name = claimed == null ? "" : claimed;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = PersianText.normalize(name.replaceAll("[\\p{Cntrl}\"]", ""));
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank() || base.equals(".")) {
            base = fallback;
        }
        int room = FILE_NAME_MAX - extension.length();
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        return base + extension;
    }

    /** The type the content really has, or empty when it is none of the accepted ones. */
    public static Optional<DocumentType> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
