package io.musubi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example\",\"x\")", "+81-6-1234",
            "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1");

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        for (String formula : FORMULAS) {
            assertThat(CsvCells.neutralise(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvCells.neutralise("林精密工業")).isEqualTo("林精密工業");
        assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }

    @Test
    void restoringUndoesNeutralisingForEveryValueIncludingOnesThatBeginWithApostrophes() {
        for (String value : List.of("=1+1", "'=1+1", "''@x", "'plain", "plain", "'", "-", "it's", "+")) {
            assertThat(CsvCells.restore(CsvCells.neutralise(value))).as(value).isEqualTo(value);
        }
        assertThat(CsvCells.restore("'plain")).as("an apostrophe before ordinary text is data").isEqualTo("'plain");
    }

    @Test
    void theWriterNeutralisesEveryCellAndTheImportRowReadsThemBack() throws Exception {
        String text = CsvWriter.withHeader("name", "phone").row(FORMULAS.get(0), "+81-6-1234").text();
        assertThat(text).contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"", "'+81-6-1234")
                .doesNotContain(",=HYPERLINK", "\n=HYPERLINK");
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            CSVRecord record = parser.getRecords().get(0);
            CsvFiles.Row row = new CsvFiles.Row(record, CsvFiles.Row.columns(parser.getHeaderNames()));
            assertThat(row.cell("name")).isEqualTo(FORMULAS.get(0));
            assertThat(row.cell("phone")).isEqualTo("+81-6-1234");
        }
    }
}
