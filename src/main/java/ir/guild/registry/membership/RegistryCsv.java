package ir.guild.registry.membership;

import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.common.SpreadsheetCells;

/**
 * The registry as a CSV file, in the guild's one CSV dialect ({@link CsvStream}). Imports
 * accept files with or without the byte order mark that exports start with.
 */
public final class RegistryCsv {

    public static final String MEDIA_TYPE = CsvStream.MEDIA_TYPE;
    static final char BYTE_ORDER_MARK = CsvStream.BYTE_ORDER_MARK;
    static final CSVFormat FORMAT = CsvStream.FORMAT;

    /** The columns of an export, in order. */
    public static final List<String> EXPORT_COLUMNS = List.of("membershipNumber", "fullName", "fullNameLatin",
            "nationalId", "email", "mobile", "province", "city", "grade", "status", "memberSince", "validUntil",
            "directoryListed", "specialties");

    /** The columns an import needs, in any order. */
    public static final List<String> IMPORT_REQUIRED = List.of("nationalId", "fullName", "fullNameLatin", "email",
            "mobile", "province", "city", "grade", "memberSince", "validUntil", "specialties");

    /** The columns an import may have besides the required ones. */
    public static final List<String> IMPORT_OPTIONAL = List.of("directoryListed", "accountSubject");

    /**
     * Columns of an export that an import reads past, so that an exported file can be imported
     * elsewhere: members always get a fresh number, and an imported member starts ACTIVE.
     */
    static final Set<String> IMPORT_IGNORED = Set.of("membershipNumber", "status");

    /** Separates specialty codes inside their cell; the Persian semicolon is accepted too. */
    static final String SPECIALTY_SEPARATOR = ";";

    private RegistryCsv() {
    }

    /** A cell a spreadsheet will not run as a formula ({@link SpreadsheetCells#cell}). */
    static String cell(String value) {
        return SpreadsheetCells.cell(value);
    }

    /** Undoes {@link #cell}, so an exported file reads back as what was exported. */
    static String uncell(String value) {
        return SpreadsheetCells.uncell(value);
    }
}
