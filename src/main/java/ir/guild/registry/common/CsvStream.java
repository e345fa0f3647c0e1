package ir.guild.registry.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download written while it is read: RFC 4180 (comma-separated, quoted where needed, CRLF
 * line ends), UTF-8 starting with a byte order mark so that Excel shows Persian text, one header
 * row. Rows come in chunks, each flushed to the client before the next is read, so memory stays
 * flat however many rows there are.
 */
public final class CsvStream {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String MEDIA_TYPE_UTF8 = MEDIA_TYPE + "; charset=UTF-8";
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT;


    /** The rows after a position, and where the next chunk starts; no next position after the last chunk. */
    public record Chunk(List<List<String>> rows, OptionalLong next) {

        /** A keyset chunk: there is more to read while a full page came back. */
        public static Chunk of(List<List<String>> rows, int pageRead, int pageSize, long lastId) {
            return new Chunk(rows, pageRead == pageSize ? OptionalLong.of(lastId) : OptionalLong.empty());
        }
    }

    /** Reads the chunk after a position (0 for the first); usually one short transaction per chunk. */
    @FunctionalInterface
    public interface Chunks {
        Chunk after(long position);
    }

    private CsvStream() {
    }

    public static void write(OutputStream out, List<String> header, Chunks chunks) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(header);
        OptionalLong position = OptionalLong.of(0);
        while (position.isPresent()) {
            Chunk chunk = chunks.after(position.getAsLong());
            for (List<String> row : chunk.rows()) {
                csv.printRecord(row);
            }
            csv.flush();
            position = chunk.next();
        }
    }
}
