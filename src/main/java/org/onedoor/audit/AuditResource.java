package org.onedoor.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.CsvCells;
import org.onedoor.common.Problem;
import org.onedoor.common.ProblemLanguage;
import org.onedoor.security.Role;
import org.onedoor.security.StaffAccess;

/**
 * The audit log, newest first: a MANAGER sees their center's, an ADMIN anyone's (?center=). Each
 * line is worded (what was done, to which ticket, account or device, by whom by name) in the
 * reader's language, keeps its method and address for other systems, and has its instant and the
 * same in its center's local time (for people: a manager reading "04:47" for an action at 11:47
 * looks in the wrong place; Excel reads "2026-12-07 11:47:48" as a date). Filtered by kind and by
 * actor, read page by page back from an id (?before=).
 */
@Path("/api/audit")
@Tag(name = "Audit", description = "Who changed what, when")
public class AuditResource {

    /**
     * @param actorName a device's name as paired ("Kiosk lối vào"), a person's display name
     * @param what the line in words, in the asked language ("Hoàn thành số A001")
     * @param counter the counter it happened at, when known
     * @param refused answered 400 or more (a refused sign-in)
     */
    public record Line(long id, Instant at, String localTime, String actor, String actorName, String action, String target,
            int status, String kind, String what, String ticketCode, Integer counter, boolean refused) {
    }

    static final int LIMIT = 1000;
    /** The CSV is a manager's long work (not held to the 10 s deadline): a few weeks of a busy floor. */
    static final int CSV_LIMIT = 20_000;
    private static final int MOST_ACTOR_CHARS = 100;

    @Inject
    StaffAccess access;

    @Inject
    CenterRepository centers;

    @Inject
    AuditLog log;

    @Inject
    AuditReader reader;

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @WithSession
    @Operation(summary = "The audit log, newest first (at most 1000 lines a page)")
    public Uni<List<Line>> list(@QueryParam("center") String center,
            @Parameter(description = "all (default), management (all but tickets), settings, accounts, devices, tickets, other")
            @QueryParam("kind") String kind,
            @Parameter(description = "only this actor's lines (a username, device:12)") @QueryParam("actor") String actor,
            @Parameter(description = "only lines older than this line's id: the next page") @QueryParam("before") String before,
            @Parameter(description = "lines a page, 1 to 1000 (default 1000)") @QueryParam("limit") String limit,
            @Parameter(description = "vi or en; without it, the page's (Accept-Language)") @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return entries(center, asked(kind, actor, before, limit, LIMIT), words(lang, headers));
    }

    @GET
    @Path("/csv")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @WithSession
    @Operation(summary = "The same as CSV, its headers and words in the asked language (at most 20,000 lines)")
    public Uni<Response> csv(@QueryParam("center") String center, @QueryParam("kind") String kind,
            @QueryParam("actor") String actor, @QueryParam("before") String before, @QueryParam("limit") String limit,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        AuditWords words = words(lang, headers);
        return entries(center, asked(kind, actor, before, limit, CSV_LIMIT), words).map(lines -> {
            StringWriter out = new StringWriter();
            out.write(CsvCells.UTF8_MARK);
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(words.csvTime(), words.csvPerson(),
                    words.csvUsername(), words.csvWhat(), words.csvCounter(), words.csvKind(), words.csvResult(),
                    words.csvMethod(), words.csvAddress(), words.csvUtc()).get())) {
                for (Line l : lines) {
                    printer.printRecord(CsvCells.safe(l.localTime()), CsvCells.safe(l.actorName()), CsvCells.safe(l.actor()),
                            CsvCells.safe(l.what()), CsvCells.safe(l.counter()), CsvCells.safe(kindWords(words, l.kind())),
                            CsvCells.safe(l.refused() ? words.resultRefused(l.status()) : words.resultDone(l.status())),
                            CsvCells.safe(l.action()), CsvCells.safe(l.target()), CsvCells.safe(l.at()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"onedoor-audit.csv\"").build();
        });
    }

    static String kindWords(AuditWords words, String kind) {
        return switch (kind) {
            case "SETTINGS" -> words.kindSettings();
            case "ACCOUNTS" -> words.kindAccounts();
            case "DEVICES" -> words.kindDevices();
            case "TICKETS" -> words.kindTickets();
            default -> words.kindOther();
        };
    }

    /** The words in the asked language: ?lang=, else the page's (a page's script says it in Accept-Language). */
    private static AuditWords words(String lang, HttpHeaders headers) {
        String language = lang == null || lang.isBlank() ? ProblemLanguage.of(headers) : lang.trim();
        if (!ProblemLanguage.VIETNAMESE.equals(language) && !ProblemLanguage.ENGLISH.equals(language)) {
            throw Problem.badParameter("lang must be vi or en.");
        }
        return MessageBundles.get(AuditWords.class, Localized.Literal.of(language));
    }

    /** The filter as asked, or 400: a word or a number no page sends is said back, not read as "everything". */
    private static AuditReader.Asked asked(String kind, String actor, String before, String limit, int most) {
        AuditKind.Filter filter = AuditKind.Filter.of(kind);
        if (filter == null) {
            throw Problem.badParameter("kind must be one of all, management, settings, accounts, devices, tickets, other.");
        }
        if (actor != null && (actor.isBlank() || actor.length() > MOST_ACTOR_CHARS)) {
            throw Problem.badParameter("actor must be a username or device:<id> of at most " + MOST_ACTOR_CHARS + " characters.");
        }
        Long from = before == null || before.isBlank() ? null : number(before, "before", Long.MAX_VALUE);
        long size = limit == null || limit.isBlank() ? most : number(limit, "limit", most);
        return new AuditReader.Asked(null, filter, actor, from, (int) size);
    }

    private static long number(String text, String name, long most) {
        try {
            long n = Long.parseLong(text.trim());
            if (n >= 1 && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw Problem.badParameter(name + " must be a whole number from 1 to " + most + ".");
    }

    /** What the log holds, after writing the entries still waiting (so a change just made is listed). */
    private Uni<List<Line>> entries(String center, AuditReader.Asked asked, AuditWords words) {
        // a manager naming another center is refused (403), as the reports do, not shown their own
        Uni<Long> scope = center == null || center.isBlank()
                ? Uni.createFrom().item(access.isAdmin() ? null : access.centerId())
                : centers.require(center).call(access::actorIn).map(c -> c.id);
        return scope.chain(id -> log.flush().chain(() -> reader.read(
                new AuditReader.Asked(id, asked.kind(), asked.actor(), asked.before(), asked.limit()), words)));
    }
}
