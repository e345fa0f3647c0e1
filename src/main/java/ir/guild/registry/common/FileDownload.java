package ir.guild.registry.common;

/** An uploaded file read for download, with the type found in its content when it was uploaded. */
public record FileDownload(String fileName, String mediaType, byte[] content) {
}
