package ir.guild.registry.common;

/**
 * Cells of a CSV file that a spreadsheet will open: text that would run as a formula is
 * defused (CSV injection), and {@link #uncell} reads such a cell back as it was.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /**
     * A cell a spreadsheet will not run as a formula: text starting with {@code = + - @} (or a
     * tab or carriage return) gets a leading apostrophe, which spreadsheets show as text.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Undoes {@link #cell}, so an exported file reads back as what was exported. */
    public static String uncell(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
