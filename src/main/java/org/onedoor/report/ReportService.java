package org.onedoor.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.report.ReportRuns.Deadline;
import org.onedoor.report.ReportRuns.Reading;
import org.onedoor.security.StaffAccess;

/**
 * Computes reports in the database, from the tickets themselves: every figure is an aggregate of
 * rows, so a report is exact and as fast as the day is long. A report spans at most a year.
 */
@ApplicationScoped
public class ReportService {

    private static final int MAX_DAYS = 366;

    /**
     * The same figures for every grouping, over rows "t" of {@link #TICKETS} or {@link #VISITS}
     * joined with their center "ce": a wait runs from waited_from to called_at, a service from
     * started_at to ended_at. A service ended after its service day (a ticket left open at a counter
     * overnight and completed the next morning) counts as served, but its time, with the night in
     * it, is not known: it stays out of the service times. Tickets are counted by t.center_id, not
     * count(*): by center, a center without tickets has one row of nulls, and must count none.
     */
    private static final String FIGURES = """
            count(t.center_id),
            count(*) FILTER (WHERE t.served),
            avg(extract(epoch FROM t.called_at - t.waited_from)) FILTER (WHERE t.called_at IS NOT NULL) / 60,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.called_at - t.waited_from))
                FILTER (WHERE t.called_at IS NOT NULL) / 60,
            avg(extract(epoch FROM t.ended_at - t.started_at)) FILTER (WHERE $timed) / 60,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.ended_at - t.started_at))
                FILTER (WHERE $timed) / 60,
            count(*) FILTER (WHERE t.rating = 'VERY_SATISFIED'),
            count(*) FILTER (WHERE t.rating = 'SATISFIED'),
            count(*) FILTER (WHERE t.rating = 'UNSATISFIED')
            """.replace("$timed", "t.served AND t.started_at IS NOT NULL"
            + " AND t.ended_at < ((t.service_day + 1) + ce.day_rollover) AT TIME ZONE ce.time_zone");
    private static final String SCOPE = " FROM ticket t JOIN center ce ON ce.id = t.center_id WHERE" + ticketsInScope("t");

    /**
     * A center "ce" by the name the province calls it: without the words every commune's center's
     * name starts with ("Trung tâm Phục vụ hành chính công xã Tân Phong" reads "Xã Tân Phong"), which
     * would fill a table's first column and a row's label before the commune's own name. A name
     * that does not start so is kept as it is.
     */
    private static final String SHORT_NAME = "upper(left($rest, 1)) || substr($rest, 2)"
            .replace("$rest", "regexp_replace(ce.name, '^\\s*Trung tâm Phục vụ hành chính công\\s+', '', 'i')");

    /**
     * One row per citizen's ticket, in the field it ended in: the wait runs from the issue to the
     * first call (a transferred ticket's first counter is in ticket_visit), the service is the last one.
     */
    private static final String TICKETS = """
            SELECT t.center_id, t.service_day, t.field_id, t.counter_id, t.officer, t.issued_at AS waited_from,
              COALESCE((SELECT min(v.called_at) FROM ticket_visit v WHERE v.ticket_id = t.id), t.called_at) AS called_at,
              t.started_at, t.finished_at AS ended_at, t.state = 'DONE' AS served, t.rating
            FROM ticket t WHERE """ + ticketsInScope("t");

    /**
     * One row per visit to a counter: those a transfer ended, and each ticket's last one. A visit's
     * wait runs from the issue, or from the transfer that ended the visit before; a visit a transfer
     * ended counts as served if its service had started, and carries no rating.
     */
    private static final String VISITS = """
            SELECT center_id, service_day, field_id, counter_id, officer,
              COALESCE(lag(ended_at) OVER (PARTITION BY ticket_id ORDER BY called_at), issued_at) AS waited_from,
              called_at, started_at, ended_at, served, rating
            FROM (SELECT t.id AS ticket_id, t.center_id, t.service_day, t.field_id, t.counter_id, t.officer, t.issued_at,
                    t.called_at, t.started_at, t.finished_at AS ended_at, t.state = 'DONE' AS served, t.rating
                  FROM ticket t WHERE t.counter_id IS NOT NULL AND """ + ticketsInScope("t") + """

                  UNION ALL
                  SELECT v.ticket_id, v.center_id, v.service_day, v.field_id, v.counter_id, v.officer, t.issued_at,
                    v.called_at, v.started_at, v.ended_at, v.started_at IS NOT NULL, CAST(NULL AS varchar)
                  FROM ticket_visit v JOIN ticket t ON t.id = v.ticket_id WHERE """ + inScope("v") + ") visit";

    /** The rows of the report's days and center (every center when :center is null), of the table named {@code alias}. */
    private static String inScope(String alias) {
        // with a space before it: a text block ends its lines with none
        return " " + alias + ".service_day BETWEEN :from AND :to AND (CAST(:center AS bigint) IS NULL OR " + alias + ".center_id = :center)";
    }

    /** The same of table ticket, without online tickets a kiosk's offline one replaced: nobody held them. */
    private static String ticketsInScope(String alias) {
        return inScope(alias) + " AND " + alias + ".replaced_by IS NULL";
    }

    @Inject
    CenterRepository centers;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    @Inject
    ReportRuns runs;

    /**
     * @param centerCode one center, or null for all (ADMIN only; checked by the caller's role)
     * @param english    fields named in English where they have an English name, else in Vietnamese
     */
    public Uni<Report> report(String centerCode, LocalDate from, LocalDate to, boolean english) {
        checkDates(from, to);
        requireMayReadAll(centerCode);
        return runs.run(deadline -> scope(centerCode).chain(center -> figures(centerCode, center, from, to, english, deadline)));
    }

    /**
     * The reports page's report: without from, today — the center's service day (its time zone,
     * its rollover), or across every center the date in the default zone; without to, from.
     */
    public Uni<Report> reportFromToday(String centerCode, LocalDate from, LocalDate to, boolean english) {
        // days that make no report are refused before a turn is taken: a refusal must not wait
        // behind a year's report, nor be told that the reports are busy
        if (from != null) {
            return report(centerCode, from, to != null ? to : from, english);
        }
        requireMayReadAll(centerCode);
        if (to != null) {
            return Panache.withSession(() -> scope(centerCode)).map(this::today).chain(today -> report(centerCode, today, to, english));
        }
        return runs.run(deadline -> scope(centerCode).chain(center -> {
            LocalDate today = today(center);
            return figures(centerCode, center, today, today, english, deadline);
        }));
    }

    /**
     * The reports page's frame when the days asked for make no report: the center checked as for
     * a report, and nothing counted, for the page shows no figures under those days.
     */
    Uni<Report> none(String centerCode) {
        requireMayReadAll(centerCode);
        return Panache.withSession(() -> scope(centerCode)).map(center -> Report.none(centerCode, center == null ? null : center.name, today(center)));
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw Problem.badRequest(w -> w.reportRange());
        }
        if (from.getYear() < 1900 || to.getYear() > 9999) {
            throw Problem.badRequest(w -> w.reportYears());
        }
    }

    /** Every center's figures (no center named) are for administrators only. */
    private void requireMayReadAll(String centerCode) {
        if (centerCode == null && !access.isAdmin()) {
            throw Problem.forbidden(w -> w.onlyAdminAllCenters());
        }
    }

    /** The one center asked for (null: every center), checked against the actor. */
    private Uni<Center> scope(String centerCode) {
        return centerCode == null ? Uni.createFrom().nullItem() : centers.require(centerCode).call(access::actorIn);
    }

    private LocalDate today(Center center) {
        Instant now = clock.instant();
        return center != null ? center.serviceDay(now) : LocalDate.ofInstant(now, ZoneId.of(Center.DEFAULT_TIME_ZONE));
    }

    private Uni<Report> figures(String centerCode, Center center, LocalDate from, LocalDate to, boolean english,
            Deadline deadline) {
        Reading r = new Reading(center == null ? null : center.id, from, to, deadline);
        // across centers, a field code, counter number or username is only unique with its center
        String of = r.center() == null ? "ce.code || ' ' || " : "";
        // and a name only tells them apart with its center's: every commune has a "Quầy 1"
        String named = r.center() == null ? "min(" + SHORT_NAME + ") || ' · ' || " : "";
        // one of two fixed literals, never the request's text
        String fieldName = english ? "COALESCE(f.names ->> 'en', f.names ->> 'vi')" : "f.names ->> 'vi'";
        return totals(r).chain(totals -> groups(r, TICKETS, of + "f.code", named + "min(" + fieldName + ")",
                        "JOIN field f ON f.id = t.field_id", "", "min(ce.code), min(f.display_order), " + of + "f.code")
                .chain(byField -> groups(r, VISITS, of + "CAST(co.number AS text)", named + "min(co.label)",
                        "JOIN counter co ON co.id = t.counter_id", "", "min(ce.code), min(co.number)")
                        // officers by the name the manager knows them by (the username is a sign-in)
                        .chain(byCounter -> groups(r, VISITS, of + "t.officer", named + "min(COALESCE(u.display_name, t.officer))",
                                "LEFT JOIN app_user u ON u.username = t.officer", " WHERE t.officer IS NOT NULL",
                                "min(ce.code), min(COALESCE(u.display_name, t.officer)), " + of + "t.officer")
                                .chain(byOfficer -> byCenter(r).chain(byCenter -> arrivals(r).chain(hours -> channels(r)
                                        .map(channels -> new Report(centerCode, center == null ? null : center.name, from, to,
                                                totals, byCenter, byField, byCounter, byOfficer, hours, channels))))))));
    }

    /**
     * Across centers, one row per center, its tickets counted as by field: every center, those
     * without a ticket in the days too, for a commune that issued nothing is what the province
     * must see. None for one center's report: its totals are that row.
     */
    private Uni<List<Report.Group>> byCenter(Reading r) {
        if (r.center() != null) {
            return Uni.createFrom().item(List.of());
        }
        return groups(r, "SELECT ce.code, " + SHORT_NAME + ", " + FIGURES + " FROM center ce LEFT JOIN (" + TICKETS
                + ") t ON t.center_id = ce.id GROUP BY ce.id ORDER BY ce.code");
    }

    /**
     * Every center (ADMIN) or the user's own (MANAGER), as it stands now. A transferred citizen has
     * waited since the transfer (the end of their last visit), as the reports count it.
     */
    public Uni<List<CenterNow>> now() {
        Long own = access.isAdmin() ? null : access.centerId();
        Instant now = clock.instant();
        String sql = """
                SELECT ce.code, ce.name,
                  (SELECT count(*) FROM ticket t WHERE t.center_id = ce.id AND t.state = 'WAITING' AND t.service_day = d.today),
                  (SELECT extract(epoch FROM CAST(:now AS timestamptz) - min(CASE WHEN t.transfer_count = 0 THEN t.issued_at
                       ELSE (SELECT COALESCE(max(v.ended_at), t.issued_at) FROM ticket_visit v WHERE v.ticket_id = t.id) END)) / 60
                     FROM ticket t WHERE t.center_id = ce.id AND t.state = 'WAITING' AND t.service_day = d.today),
                  (SELECT count(*) FROM counter co WHERE co.center_id = ce.id AND co.state = 'OPEN'),
                  (SELECT count(*) FROM ticket t WHERE t.center_id = ce.id AND t.service_day = d.today
                     AND t.replaced_by IS NULL),
                  (SELECT count(*) FROM ticket t WHERE t.center_id = ce.id AND t.state = 'DONE' AND t.service_day = d.today)
                FROM center ce
                CROSS JOIN LATERAL (SELECT CAST((CAST(:now AS timestamptz) AT TIME ZONE ce.time_zone) - ce.day_rollover AS date)
                    AS today) d
                WHERE CAST(:center AS bigint) IS NULL OR ce.id = :center ORDER BY ce.code
                """;
        return runs.glance(s -> s.createNativeQuery(sql, Object[].class).setParameter("now", now)
                .setParameter("center", own).getResultList())
                .map(rows -> rows.stream().map(r -> new CenterNow(String.valueOf(r[0]), String.valueOf(r[1]), i(r[2]),
                        d(r[3]), i(r[4]), i(r[5]), i(r[6]))).toList());
    }

    private Uni<Report.Totals> totals(Reading reading) {
        return runs.rows(reading, "SELECT count(*), count(*) FILTER (WHERE t.state = 'DONE'), count(*) FILTER (WHERE t.state = 'NO_SHOW'),"
                + " count(*) FILTER (WHERE t.state = 'CANCELLED')" + SCOPE)
                .map(r -> new Report.Totals(i(r.get(0)[0]), i(r.get(0)[1]), i(r.get(0)[2]), i(r.get(0)[3])));
    }

    /**
     * @param rows  {@link #TICKETS} or {@link #VISITS}
     * @param order how to sort the groups (null: by key); counters go by number, not as text
     */
    private Uni<List<Report.Group>> groups(Reading reading, String rows, String key, String name,
            String join, String filter, String order) {
        return groups(reading, "SELECT " + key + ", " + name + ", " + FIGURES + " FROM (" + rows + ") t JOIN center ce ON ce.id = t.center_id "
                + join + filter + " GROUP BY " + key + " ORDER BY " + (order == null ? key : order));
    }

    /** The groups of a statement that selects a key, a name and {@link #FIGURES}. */
    private Uni<List<Report.Group>> groups(Reading reading, String sql) {
        return runs.rows(reading, sql).map(list -> {
            List<Report.Group> groups = new ArrayList<>();
            for (Object[] g : list) {
                groups.add(new Report.Group(String.valueOf(g[0]), g[1] == null ? String.valueOf(g[0]) : String.valueOf(g[1]),
                        i(g[2]), i(g[3]), d(g[4]), d(g[5]), d(g[6]), d(g[7]), i(g[8]), i(g[9]), i(g[10])));
            }
            return groups;
        });
    }

    private Uni<int[]> arrivals(Reading reading) {
        return runs.rows(reading, "SELECT CAST(extract(hour FROM t.issued_at AT TIME ZONE ce.time_zone) AS int), count(*)" + SCOPE
                + " GROUP BY 1").map(list -> {
                    int[] hours = new int[24];
                    list.forEach(r -> hours[i(r[0])] = i(r[1]));
                    return hours;
                });
    }

    private Uni<Map<String, Integer>> channels(Reading reading) {
        return runs.rows(reading, "SELECT t.channel, count(*)" + SCOPE + " GROUP BY t.channel ORDER BY t.channel")
                .map(list -> {
                    Map<String, Integer> channels = new LinkedHashMap<>();
                    list.forEach(r -> channels.put(String.valueOf(r[0]), i(r[1])));
                    return channels;
                });
    }

    private static int i(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    /** Rounded to a hundredth of a minute: exact enough to check, short enough to read. */
    private static Double d(Object o) {
        return o == null ? null : Math.round(((Number) o).doubleValue() * 100) / 100.0;
    }
}
