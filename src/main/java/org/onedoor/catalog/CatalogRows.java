package org.onedoor.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.onedoor.common.Problem;

/** Reads an import body, CSV with a header line or a JSON array of objects, as rows of named cells. */
final class CatalogRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogRows() {
    }

    /** A CSV row, with its line in the file (the header is line 1), as a manager finds it in Excel. */
    private static final class CsvRow extends LinkedHashMap<String, String> {
        final long line;

        CsvRow(long line) {
            this.line = line;
        }
    }

    /** Where the {@code index}-th row is, for an error: a CSV row's line in its file, a JSON item's number. */
    static long lineOf(Map<String, String> row, int index) {
        return row instanceof CsvRow csv ? csv.line : index + 1;
    }

    /**
     * A cell with each letter in one spelling (NFC): a file in the Windows code page, or a JSON
     * "u\\u0309", writes "ủ" as u and a combining hook, which compares, sorts and searches unlike the
     * "ủ" typed on the page, and a later import of the same name would see it changed.
     */
    private static String oneSpelling(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFC);
    }

    /** The columns of a field's row, besides its names (name_vi, name_en…). */
    static final List<String> FIELD_COLUMNS = List.of("code", "prefix", "number_block", "pictogram", "colour",
            "service_minutes", "daily_cap", "active", "display_order");

    /** The columns of a procedure's row, besides its names. */
    static final List<String> PROCEDURE_COLUMNS = List.of("code", "field", "online_url", "active");

    private static final Pattern NAME_COLUMN = Pattern.compile("name_[a-z]{2,3}");

    /**
     * The rows of {@code body}, which must have a code column: a header in other words ("mã,tên")
     * read every row as one without a code, and the preview blamed each row ("mã thủ tục '' không
     * hợp lệ") rather than the header.
     */
    static List<Map<String, String>> parse(String body, boolean json, List<String> columns) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importEmpty());
        }
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<Map<String, String>> rows = json ? fromJson(text) : fromCsv(text);
        if (rows.stream().noneMatch(row -> row.containsKey("code"))) {
            String found = String.join(", ", columnsOf(rows));
            String accepted = columns.get(0) + ",name_vi,name_en," + String.join(",", columns.subList(1, columns.size()));
            throw Problem.badRequest(CatalogProblems.class, w -> w.importNoCodeColumn(found, accepted));
        }
        return rows;
    }

    /**
     * The columns the import does not read: said in the answer, not refused, since a catalogue
     * exported from elsewhere carries columns of its own (a department, a fee); a misspelt one
     * ("nam_vi") is then seen in the preview before its cells are missed.
     */
    static List<String> ignoredColumns(List<Map<String, String>> rows, List<String> columns) {
        return columnsOf(rows).stream().filter(c -> !columns.contains(c) && !NAME_COLUMN.matcher(c).matches()).toList();
    }

    private static Set<String> columnsOf(List<Map<String, String>> rows) {
        Set<String> found = new LinkedHashSet<>();
        rows.forEach(row -> found.addAll(row.keySet()));
        return found;
    }

    private static List<Map<String, String>> fromCsv(String text) {
        // Excel saves "CSV" with semicolons where the decimal mark is a comma, as in Vietnamese
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw Problem.badRequest(CatalogProblems.class, w -> w.csvLineCells(record.getRecordNumber() + 1, record.size(),
                            parser.getHeaderNames().size()));
                }
                Map<String, String> row = new CsvRow(record.getRecordNumber() + 1);
                record.toMap().forEach((k, v) -> row.put(k.trim().toLowerCase(), v == null || v.isBlank() ? null : oneSpelling(v)));
                rows.add(row);
            }
            return requireRows(rows);
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException e) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.csvUnreadable(e.getMessage()));
        }
    }

    /** A semicolon when the header line has more of them than commas; else a comma. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static List<Map<String, String>> fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.jsonUnreadable(e.getOriginalMessage()));
        }
        if (root == null || !root.isArray()) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.jsonNotArray());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : root) {
            if (!item.isObject()) {
                throw Problem.badRequest(CatalogProblems.class, w -> w.jsonItemNotObject());
            }
            Map<String, String> row = new LinkedHashMap<>();
            item.fields().forEachRemaining(e -> row.put(e.getKey().toLowerCase(),
                    e.getValue().isNull() ? null : oneSpelling(e.getValue().asText())));
            rows.add(row);
        }
        return requireRows(rows);
    }

    /** A header line and nothing else, or [], is a file sent by mistake: saying so beats "0 changes". */
    private static List<Map<String, String>> requireRows(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importNoRows());
        }
        // PostgreSQL stores no NUL in text or jsonb: found only at the write, it would be a 500
        // after a preview that said the import was fine
        for (int i = 0; i < rows.size(); i++) {
            long line = lineOf(rows.get(i), i);
            if (rows.get(i).entrySet().stream().anyMatch(e -> hasNul(e.getKey()) || hasNul(e.getValue()))) {
                throw Problem.badRequest(CatalogProblems.class, w -> w.importNul(line));
            }
        }
        return rows;
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** The names in a row: every column {@code name_<language>} with text (a blank one, as an empty CSV cell, is none). */
    static Map<String, String> names(Map<String, String> row) {
        Map<String, String> names = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (column.startsWith("name_") && value != null && !value.isBlank()) {
                names.put(column.substring("name_".length()), value);
            }
        });
        return names;
    }

    static Integer integer(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.notWholeNumber(column, value));
        }
    }

    static Boolean bool(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "yes", "1", "x", "có" -> true;
            case "false", "no", "0", "không" -> false;
            default -> throw Problem.badRequest(CatalogProblems.class, w -> w.notTrueOrFalse(column, value));
        };
    }
}
