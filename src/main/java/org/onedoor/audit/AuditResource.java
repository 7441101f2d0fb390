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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onedoor.common.CsvCells;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.security.Role;
import org.onedoor.security.StaffAccess;

/**
 * The audit log, newest first: a MANAGER sees their center's, an ADMIN anyone's (?center=). Each
 * line has its instant and the same in its center's local time (for people: a manager reading
 * "04:47" for an action at 11:47 looks in the wrong place; Excel reads "2026-12-07 11:47:48" as a date).
 */
@Path("/api/audit")
@Tag(name = "Audit", description = "Who changed what, when")
public class AuditResource {

    /** @param actorName for a device ("device:12"), its name as paired ("Kiosk lối vào"); else null */
    public record Line(Instant at, String localTime, String actor, String actorName, String action, String target, int status) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Entries of no center (an administrator's account changes): the zone centers have by default. */
    private static final ZoneId NO_CENTER = ZoneId.of(Center.DEFAULT_TIME_ZONE);

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
                    .setHeader("at", "local_time", "actor", "actor_name", "action", "target", "status").get())) {
                for (Line l : lines) {
                    printer.printRecord(CsvCells.safe(l.at()), CsvCells.safe(l.localTime()), CsvCells.safe(l.actor()),
                            CsvCells.safe(l.actorName()), CsvCells.safe(l.action()),
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
        String select = "select e, c.timeZone, d.name from AuditEntry e left join Center c on c.id = e.centerId"
                + " left join Device d on e.actor = concat('device:', cast(d.id as String))";
        return scope.chain(id -> id == null ? query(select + " order by e.id desc", null)
                : query(select + " where e.centerId = :center order by e.id desc", id));
    }

    private static Uni<List<Line>> query(String hql, Long center) {
        return Panache.getSession().chain(s -> {
            var q = s.createSelectionQuery(hql, Object[].class).setMaxResults(LIMIT);
            if (center != null) {
                q.setParameter("center", center);
            }
            return q.getResultList();
        }).map(rows -> rows.stream().map(r -> {
            AuditEntry e = (AuditEntry) r[0];
            ZoneId zone = r[1] == null ? NO_CENTER : ZoneId.of((String) r[1]);
            return new Line(e.at, LOCAL.format(e.at.atZone(zone)), e.actor, (String) r[2], e.action, e.target, e.status);
        }).toList());
    }
}
