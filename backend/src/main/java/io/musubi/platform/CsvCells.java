package io.musubi.platform;

/**
 * Formula injection: a spreadsheet runs a cell that begins with {@code = + - @}, a tab or a carriage return as a
 * formula ({@code =HYPERLINK(...)} in a company name). Every CSV the app writes puts an apostrophe before such a cell
 * (spreadsheets show the text as it is), and every import takes it off again, so export → import round-trips. A
 * value that already begins with apostrophes before such a character gets one more, so it comes back unchanged too.
 */
public final class CsvCells {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        return cell != null && startsLikeFormula(cell) ? "'" + cell : cell;
    }

    /** The inverse of {@link #neutralise}, for cells read by an import. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeFormula(cell) ? cell.substring(1) : cell;
    }

    /** The first character after any leading apostrophes is one a spreadsheet would start a formula with. */
    private static boolean startsLikeFormula(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }
}
