package org.onedoor.report;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;

/** Reports for a center (MANAGER of it, ADMIN) or all centers (ADMIN), as JSON, CSV or XLSX. */
@Path("/api/reports")
@Tag(name = "Reports", description = "Figures per center, field, counter and officer")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Tickets, waits, service times, satisfaction, arrivals per hour and channels over service days from..to"
            + " (without from: the center's service day today; without to: from), as the reports page")
    public Uni<Report> report(@QueryParam("center") String center, @QueryParam("from") String from,
            @QueryParam("to") String to, @Parameter(description = "en: fields named in English") @QueryParam("lang") String lang) {
        return reports.reportFromToday(center, day(from), day(to), "en".equals(lang));
    }

    @GET
    @Path("/csv")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "The same report as CSV")
    public Uni<Response> csv(@QueryParam("center") String center, @QueryParam("from") String from,
            @QueryParam("to") String to, @Parameter(description = "en: fields named in English") @QueryParam("lang") String lang) {
        return reports.reportFromToday(center, day(from), day(to), "en".equals(lang)).map(r -> Response.ok(ReportExport.csv(r), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(r) + ".csv\"").build());
    }

    @GET
    @Path("/xlsx")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "The same report as an Excel workbook")
    public Uni<Response> xlsx(@QueryParam("center") String center, @QueryParam("from") String from,
            @QueryParam("to") String to, @Parameter(description = "en: fields named in English") @QueryParam("lang") String lang) {
        return reports.reportFromToday(center, day(from), day(to), "en".equals(lang)).map(r -> Response.ok(ReportExport.xlsx(r, "en".equals(lang)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(r) + ".xlsx\"").build());
    }

    @GET
    @Path("/now")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "The province dashboard: every center (the manager's own) now: waiting, longest wait, open counters, today's totals")
    public Uni<java.util.List<CenterNow>> now() {
        return reports.now();
    }

    private static String fileName(Report r) {
        return "onedoor-" + (r.center() == null ? "all" : r.center()) + "-" + r.from() + "-" + r.to();
    }

    private static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(w -> w.notADate(value));
        }
    }
}
