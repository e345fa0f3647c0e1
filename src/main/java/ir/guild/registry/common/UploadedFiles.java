package ir.guild.registry.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Files sent with a multipart form, read whole: the services judge an upload by its bytes. */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** The bytes of an uploaded file; null when none was sent, which the services refuse by name. */
    public static byte[] content(FileUpload file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the client gave the file; null when none was sent. */
    public static String name(FileUpload file) {
        return file == null ? null : file.fileName();
    }
}
