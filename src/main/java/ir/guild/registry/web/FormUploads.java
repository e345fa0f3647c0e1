package ir.guild.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.common.UploadedFiles;

/**
 * Files sent with a page's form (evidence for a certification, documents of a legal-aid case):
 * read before the transaction that stores them starts, then attached all or none, so a form
 * whose files are refused leaves nothing written behind.
 */
public final class FormUploads {

    private FormUploads() {
    }

    /** A file as it was sent. */
    public record Upload(String name, byte[] content) {
    }

    /** Why a file was refused, with the name it was sent under. */
    public record FileProblem(String fileName, String message) {
    }

    /** Stores one file through the feature's service, which refuses a bad one with a validation problem. */
    @FunctionalInterface
    public interface Attach {
        void attach(String fileName, byte[] content);
    }

    /** Some files were refused: everything written with them is rolled back. */
    public static final class FilesRefused extends RuntimeException {

        private final transient List<FileProblem> problems;

        FilesRefused(List<FileProblem> problems) {
            super("Files refused", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<FileProblem> problems() {
            return problems;
        }
    }

    /** The files sent; a file field left empty arrives as a nameless, empty part and is no file. */
    public static List<Upload> read(List<FileUpload> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (FileUpload file : files) {
            String name = file.fileName();
            if ((name == null || name.isBlank()) && file.size() == 0) {
                continue;
            }
            uploads.add(new Upload(name, UploadedFiles.content(file)));
        }
        return uploads;
    }

    /**
     * Attaches every file, collecting what is wrong with each. Any refusal throws
     * {@link FilesRefused}, so the transaction around the form and its files rolls back whole.
     */
    public static void attachAll(List<Upload> uploads, Attach attach) {
        List<FileProblem> refused = new ArrayList<>();
        for (Upload upload : uploads) {
            try {
                attach.attach(upload.name(), upload.content());
            } catch (ProblemException e) {
                if (e.type() != ProblemType.VALIDATION) {
                    throw e;
                }
                e.errors().forEach(error -> refused.add(new FileProblem(upload.name(), error.message())));
            }
        }
        if (!refused.isEmpty()) {
            throw new FilesRefused(refused);
        }
    }
}
