package org.onedoor.report;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.onedoor.common.StaffMessages;

/**
 * A report as a table: one row per center (across centers), field, counter and officer with
 * every figure, plus the totals, hours and channels; written as CSV (commons-csv) or XLSX (fastexcel), never by hand.
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
        rows.add(List.of("totals", "unfinished", "", r.totals().unfinished()));
        addGroups(rows, "center", r.byCenter());
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

    /**
     * The report as an Excel workbook for people (a manager sends it up to the province): the
     * same rows as the CSV, with its columns, sections, totals and channels in the report's
     * language. The CSV keeps its codes ("avg_wait_min", "GUIDE_DESK") for other systems.
     */
    static byte[] xlsx(Report r, boolean english) {
        StaffMessages words = MessageBundles.get(StaffMessages.class, Localized.Literal.of(english ? "en" : "vi"));
        List<String> header = List.of(words.report_section(), words.report_key(), words.report_name(), words.report_tickets(),
                words.report_served(), words.report_avgWait(), words.report_p90Wait(), words.report_avgService(),
                words.report_p90Service(), words.report_very(), words.report_satisfied(), words.report_unsatisfied());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(words.report_heading());
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int line = 1;
            for (List<Object> row : rows(r)) {
                for (int c = 0; c < row.size(); c++) {
                    String section = (String) row.get(0);
                    Object v = c == 0 ? section(words, section) : c == 1 ? key(words, section, row.get(1).toString()) : row.get(c);
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

    private static String section(StaffMessages words, String code) {
        return switch (code) {
            case "totals" -> words.report_totals();
            case "center" -> words.report_byCenter();
            case "field" -> words.report_byField();
            case "counter" -> words.report_byCounter();
            case "officer" -> words.report_byOfficer();
            case "arrivals" -> words.report_arrivals();
            case "channel" -> words.report_channels();
            default -> code;
        };
    }

    /**
     * A totals row's or a channel's code in words; a field's code, a counter's number, an hour, as
     * they are (a field coded "API" stays "API").
     */
    private static String key(StaffMessages words, String section, String code) {
        return switch (section) {
            case "channel" -> words.report_channel(code);
            case "totals" -> switch (code) {
                case "issued" -> words.report_issued();
                case "served" -> words.report_served();
                case "no_show" -> words.report_noShow();
                case "cancelled" -> words.report_cancelled();
                case "unfinished" -> words.report_unfinished();
                default -> code;
            };
            default -> code;
        };
    }
}
