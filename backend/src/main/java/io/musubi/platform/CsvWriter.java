package io.musubi.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Every CSV the app writes: commons-csv quoting, and each cell made safe for spreadsheets by {@link CsvCells}. */
public final class CsvWriter {
    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    private CsvWriter(boolean byteOrderMark, List<String> header) {
        if (byteOrderMark) {
            out.write('\uFEFF'); // spreadsheets open UTF-8 with a BOM correctly
        }
        try {
            printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvWriter withHeader(String... header) {
        return new CsvWriter(false, List.of(header));
    }

    /** With a UTF-8 byte order mark first, for files people open in a spreadsheet. */
    public static CsvWriter forSpreadsheets(List<String> header) {
        return new CsvWriter(true, header);
    }

    public CsvWriter row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /** {@code null} cells are written empty. */
    public CsvWriter row(Iterable<?> cells) {
        List<String> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell == null ? "" : CsvCells.neutralise(cell.toString()));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
