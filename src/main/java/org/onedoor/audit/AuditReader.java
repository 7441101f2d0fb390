package org.onedoor.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.center.Center;

/**
 * Reads the audit log a page at a time, newest first, as people read it: each line worded from its
 * route, its actor by their name, its ticket by its code, its device and account by theirs. All of
 * that comes in the one query that reads the lines (joins), never a query per line.
 */
@ApplicationScoped
class AuditReader {

    /** What to read: {@code center} null for every center (an administrator), {@code before} an id to page back from. */
    record Asked(Long center, AuditKind.Filter kind, String actor, Long before, int limit) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Entries of no center (an administrator's account changes): the zone centers have by default. */
    private static final ZoneId NO_CENTER = ZoneId.of(Center.DEFAULT_TIME_ZONE);

    // the device and the account an address names, by the same patterns AuditRoutes' templates give
    private static final String SELECT = "SELECT e.id, e.at, e.actor, e.action, e.target, e.status, e.kind, e.counter,"
            + " c.time_zone, d.name AS device_name, u.display_name, t.code, td.name AS target_device,"
            + " tu.display_name AS target_user"
            + " FROM audit_log e"
            + " LEFT JOIN center c ON c.id = e.center_id"
            + " LEFT JOIN app_user u ON u.username = e.actor"
            + " LEFT JOIN device d ON d.id = CAST(substring(e.actor FROM '^device:([0-9]{1,18})$') AS bigint)"
            + " LEFT JOIN ticket t ON t.id = e.ticket_id"
            + " LEFT JOIN device td ON td.id = CAST(substring(e.target FROM '^/api/devices/[^/]+/([0-9]{1,18})(/|$)') AS bigint)"
            + " LEFT JOIN app_user tu ON tu.username = substring(e.target FROM '^/api/users/([^/]+)')";

    @Inject
    Pool pool;

    Uni<List<AuditResource.Line>> read(Asked asked, AuditWords words) {
        List<String> where = new ArrayList<>();
        Tuple values = Tuple.tuple();
        if (asked.center() != null) {
            values.addLong(asked.center());
            where.add("e.center_id = $" + values.size());
        }
        switch (asked.kind()) {
            case ALL -> { }
            // the same predicate as the partial index audit_log_center_not_tickets, so that it is used
            case MANAGEMENT -> where.add("e.kind <> 'TICKETS'");
            default -> {
                values.addString(asked.kind().name());
                where.add("e.kind = $" + values.size());
            }
        }
        if (asked.actor() != null) {
            values.addString(asked.actor());
            where.add("e.actor = $" + values.size());
        }
        if (asked.before() != null) {
            values.addLong(asked.before());
            where.add("e.id < $" + values.size());
        }
        values.addInteger(asked.limit());
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY e.id DESC LIMIT $" + values.size();
        return pool.preparedQuery(sql).execute(values).map(rows -> {
            List<AuditResource.Line> lines = new ArrayList<>();
            for (Row r : rows) {
                lines.add(line(r, words));
            }
            return lines;
        });
    }

    private static AuditResource.Line line(Row r, AuditWords words) {
        Instant at = r.getOffsetDateTime("at").toInstant();
        String zone = r.getString("time_zone");
        String actor = r.getString("actor");
        String action = r.getString("action");
        String target = r.getString("target");
        int status = r.getInteger("status");
        String deviceName = r.getString("device_name");
        // a device by its name as paired, a person by theirs; a name no account has, said so
        String actorName = deviceName != null ? deviceName : r.getString("display_name") != null ? r.getString("display_name")
                : SignInAudit.UNKNOWN.equals(actor) ? words.unknownName() : null;
        String ticketCode = r.getString("code");
        return new AuditResource.Line(r.getLong("id"), at, LOCAL.format(at.atZone(zone == null ? NO_CENTER : ZoneId.of(zone))),
                actor, actorName, action, target, status, r.getString("kind"),
                what(words, action, target, status, ticketCode, r.getString("target_device"), r.getString("target_user")),
                ticketCode, r.getInteger("counter"), status >= 400);
    }

    /** The line in words, from its route; an address the table does not know, as it came. */
    static String what(AuditWords words, String action, String target, int status, String ticketCode, String device, String user) {
        if (SignInAudit.ACTION.equals(action)) {
            // "/login (10.0.0.7)": the client's address, where the guesser sits
            int open = target.lastIndexOf(" (");
            String from = open >= 0 && target.endsWith(")") ? target.substring(open + 2, target.length() - 1) : target;
            return status == 429 ? words.signInLocked(from) : words.signInRefused(from);
        }
        AuditRoutes.Match match = AuditRoutes.match(action, target);
        if (match == null) {
            return action + " " + target;
        }
        return match.route().words().apply(words, new AuditRoutes.Subject(match.parts(), ticketCode, device, user));
    }
}
