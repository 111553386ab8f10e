package io.musubi.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** What the CSV imports share: the uploaded bytes as text, and a row's cells by column name. */
public final class CsvFiles {
    private CsvFiles() {
    }

    /**
     * UTF-8 (with or without BOM); Japanese spreadsheets often save Shift_JIS, which is read as such (Windows-31J,
     * its superset). Anything else is a 400 on the field "file".
     */
    public static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            try {
                return Charset.forName("windows-31j").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException again) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "The file cannot be read",
                        List.of(new FieldError("file", "encoding", "must be UTF-8 or Shift_JIS text")));
            }
        }
    }

    /**
     * A data row whose columns were looked up once per file (header name → position). Looking cells up by name
     * through the parser cost three tree searches per cell (isMapped, isSet, get), a tenth of a large import.
     */
    public record Row(CSVRecord record, Map<String, Integer> columns) {
        /** Positions of the header's names as given (the first of repeated names wins). */
        public static Map<String, Integer> columns(List<String> names) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i), i);
            }
            return columns;
        }

        /**
         * The cell's trimmed text, without the apostrophe an export put before a formula-like value
         * ({@link CsvCells}); null when the column is absent, the row shorter, or the cell blank.
         */
        public @Nullable String cell(String column) {
            Integer position = columns.get(column);
            String value = position == null || position >= record.size() ? null : record.get(position);
            return value == null || value.isBlank() ? null : CsvCells.restore(value.strip());
        }
    }
}
