package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class CsvStreamTest {

    @Test
    void eachChunkReachesTheClientBeforeTheNextIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> seenWhenReading = new ArrayList<>();
        CsvStream.write(out, List.of("n", "name"), after -> {
            seenWhenReading.add(out.toString(StandardCharsets.UTF_8));
            if (after == 0) {
                return new CsvStream.Chunk(List.of(List.of("1", "یک"), List.of("2", "دو")), OptionalLong.of(2));
            }
            return new CsvStream.Chunk(List.of(List.of("3", "سه")), OptionalLong.empty());
        });

        assertThat(seenWhenReading).hasSize(2);
        // Before the second chunk was read, the header and the whole first chunk had been sent.
        assertThat(seenWhenReading.get(1)).isEqualTo("\uFEFFn,name\r\n1,یک\r\n2,دو\r\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFn,name\r\n1,یک\r\n2,دو\r\n3,سه\r\n");
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkAndRfc4180Quoting() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvStream.write(out, List.of("a", "b"), after -> new CsvStream.Chunk(
                List.of(List.of("Karaj, \"new\" town", "line\nbreak")), OptionalLong.empty()));

        byte[] file = out.toByteArray();
        assertThat(new byte[] { file[0], file[1], file[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b\r\n\"Karaj, \"\"new\"\" town\",\"line\nbreak\"\r\n");
    }

    @Test
    void aKeysetChunkAsksForMoreOnlyAfterAFullPage() {
        assertThat(CsvStream.Chunk.of(List.of(), 500, 500, 42).next()).hasValue(42);
        assertThat(CsvStream.Chunk.of(List.of(), 499, 500, 42).next()).isEmpty();
    }

    @Test
    void formulasAreDefusedAndRestored() {
        assertThat(SpreadsheetCells.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetCells.cell("سارا")).isEqualTo("سارا");
        assertThat(SpreadsheetCells.uncell(SpreadsheetCells.cell("-2+3"))).isEqualTo("-2+3");
    }
}
