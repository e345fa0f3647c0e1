package ir.guild.registry.certification;

/** An evidence file read for download, with the type found in its content when it was attached. */
public record EvidenceDownload(String fileName, String mediaType, byte[] content) {
}
