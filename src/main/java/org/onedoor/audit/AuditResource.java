package org.onedoor.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onedoor.common.CsvCells;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.center.CenterRepository;
import org.onedoor.security.Role;
import org.onedoor.security.StaffAccess;

/** The audit log, newest first: a MANAGER sees their center's, an ADMIN anyone's (?center=). */
@Path("/api/audit")
@Tag(name = "Audit", description = "Who changed what, when")
public class AuditResource {

    public record Line(Instant at, String actor, String action, String target, int status) {
    }

    static final int LIMIT = 1000;

    @Inject
    StaffAccess access;

    @Inject
    CenterRepository centers;

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @WithSession
    @Operation(summary = "The newest 1000 entries of the audit log")
    public Uni<List<Line>> list(@QueryParam("center") String center) {
        return entries(center);
    }

    @GET
    @Path("/csv")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @WithSession
    @Operation(summary = "The same as CSV")
    public Uni<Response> csv(@QueryParam("center") String center) {
        return entries(center).map(lines -> {
            StringWriter out = new StringWriter();
            out.write(CsvCells.UTF8_MARK);
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader("at", "actor", "action", "target", "status").get())) {
                for (Line l : lines) {
                    printer.printRecord(CsvCells.safe(l.at()), CsvCells.safe(l.actor()), CsvCells.safe(l.action()),
                            CsvCells.safe(l.target()), CsvCells.safe(l.status()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"onedoor-audit.csv\"").build();
        });
    }

    /** What the log holds, after writing the entries still waiting (so a change just made is listed). */
    private Uni<List<Line>> entries(String center) {
        return log.flush().chain(() -> read(center));
    }

    private Uni<List<Line>> read(String center) {
        // a manager naming another center is refused (403), as the reports do, not shown their own
        Uni<Long> scope = center == null || center.isBlank()
                ? Uni.createFrom().item(access.isAdmin() ? null : access.centerId())
                : centers.require(center).call(access::actorIn).map(c -> c.id);
        return scope.chain(id -> id == null ? query("from AuditEntry order by id desc", null)
                : query("from AuditEntry where centerId = :center order by id desc", id));
    }

    private static Uni<List<Line>> query(String hql, Long center) {
        return Panache.getSession().chain(s -> {
            var q = s.createSelectionQuery(hql, AuditEntry.class).setMaxResults(LIMIT);
            if (center != null) {
                q.setParameter("center", center);
            }
            return q.getResultList();
        }).map(list -> list.stream().map(e -> new Line(e.at, e.actor, e.action, e.target, e.status)).toList());
    }
}
