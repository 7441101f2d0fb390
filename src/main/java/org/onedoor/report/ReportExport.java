package org.onedoor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onedoor.common.CsvCells;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a table: one row per field, counter and officer with every figure, plus the
 * totals, hours and channels; written as CSV (commons-csv) or XLSX (fastexcel), never by hand.
 */
final class ReportExport {

    static final List<String> HEADER = List.of("section", "key", "name", "tickets", "served", "avg_wait_min",
            "p90_wait_min", "avg_service_min", "p90_service_min", "very_satisfied", "satisfied", "unsatisfied");

    private ReportExport() {
    }

    static List<List<Object>> rows(Report r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("totals", "issued", "", r.totals().issued()));
        rows.add(List.of("totals", "served", "", r.totals().served()));
        rows.add(List.of("totals", "no_show", "", r.totals().noShow()));
        rows.add(List.of("totals", "cancelled", "", r.totals().cancelled()));
        addGroups(rows, "field", r.byField());
        addGroups(rows, "counter", r.byCounter());
        addGroups(rows, "officer", r.byOfficer());
        for (int h = 0; h < 24; h++) {
            rows.add(List.of("arrivals", String.format("%02d:00", h), "", r.arrivalsPerHour()[h]));
        }
        r.channels().forEach((channel, count) -> rows.add(List.of("channel", channel, "", count)));
        return rows;
    }

    private static void addGroups(List<List<Object>> rows, String section, List<Report.Group> groups) {
        for (Report.Group g : groups) {
            List<Object> row = new ArrayList<>(List.of(section, g.key(), g.name(), g.tickets(), g.served()));
            row.add(g.avgWaitMinutes());
            row.add(g.p90WaitMinutes());
            row.add(g.avgServiceMinutes());
            row.add(g.p90ServiceMinutes());
            row.add(g.verySatisfied());
            row.add(g.satisfied());
            row.add(g.unsatisfied());
            rows.add(row);
        }
    }

    static String csv(Report r) {
        StringWriter out = new StringWriter();
        out.write(CsvCells.UTF8_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (List<Object> row : rows(r)) {
                printer.printRecord(row.stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(Report r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Báo cáo");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            int line = 1;
            for (List<Object> row : rows(r)) {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(line, c, n);
                    } else if (v != null) {
                        sheet.value(line, c, v.toString());
                    }
                }
                line++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
