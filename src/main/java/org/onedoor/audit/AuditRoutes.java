package org.onedoor.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every change the API takes, by its method and address template, with its kind and its words: the
 * one table the log is classified (when written) and worded (when read) by. An address the
 * table does not know is kept as it is (kind OTHER, worded as method and address): a new endpoint
 * is still logged before anyone adds its line here.
 */
final class AuditRoutes {

    /**
     * What a line's words may name: its address's parts by name ("counter", "code"), and what
     * the reader found for them: the ticket's code, the device's and the account's names.
     */
    record Subject(Map<String, String> parts, String ticketCode, String deviceName, String userName) {

        String part(String name) {
            return parts.getOrDefault(name, "?");
        }

        String ticket() {
            return ticketCode == null ? "?" : ticketCode;
        }

        /** A device by its name as paired, else by its number. */
        String device() {
            return deviceName != null ? deviceName : "#" + part("device");
        }

        /** An account by its person's name with its username ("Nguyễn Văn Ba (officer3)"), else its username. */
        String user() {
            String username = part("username");
            return userName == null || userName.equals(username) ? username : userName + " (" + username + ")";
        }
    }

    record Route(String method, Pattern address, List<String> names, AuditKind kind, BiFunction<AuditWords, Subject, String> words) {
    }

    /** A matched route and the parts its address named. */
    record Match(Route route, Map<String, String> parts) {
    }

    private static final String CENTER = "/api/centers/{center}";
    private static final String TICKET = "/api/tickets/{ticket}";
    private static final String DEVICE = "/api/devices/{center}/{device}";
    private static final String USER = "/api/users/{username}";
    private static final List<Route> ROUTES = new ArrayList<>();

    static {
        AuditKind k = AuditKind.SETTINGS;
        add("POST", CENTER, k, (w, s) -> w.centerCreated(s.part("center"))); // created: by its address
        add("PATCH", CENTER, k, (w, s) -> w.centerSaved());
        add("POST", CENTER + "/closed-days", k, (w, s) -> w.closedDaysAdded());
        add("DELETE", CENTER + "/closed-days/{day}", k, (w, s) -> w.closedDayRemoved(s.part("day")));
        add("PUT", CENTER + "/fields/{code}", k, (w, s) -> w.fieldSaved(s.part("code")));
        add("POST", CENTER + "/fields/import", k, (w, s) -> w.fieldsImported());
        add("POST", CENTER + "/procedures/import", k, (w, s) -> w.proceduresImported());
        add("PUT", CENTER + "/priority-groups/{code}", k, (w, s) -> w.priorityGroupSaved(s.part("code")));
        add("PUT", CENTER + "/counters/{counter}", k, (w, s) -> w.counterSaved(s.part("counter")));
        add("DELETE", CENTER + "/counters/{counter}", k, (w, s) -> w.counterRetired(s.part("counter")));
        add("PUT", CENTER + "/ticket-layout", k, (w, s) -> w.layoutSaved());
        add("PUT", CENTER + "/ticket-layout/logo", k, (w, s) -> w.logoSaved());
        add("DELETE", CENTER + "/ticket-layout/logo", k, (w, s) -> w.logoRemoved());
        add("PUT", "/api/voice-packs/{language}", k, (w, s) -> w.voicePackSaved(s.part("language")));
        add("PUT", "/api/voice-packs/{language}/clips/{file}", k, (w, s) -> w.voiceClipSaved(s.part("language"), s.part("file")));

        k = AuditKind.ACCOUNTS;
        add("POST", USER, k, (w, s) -> w.userCreated(s.user()));
        add("PATCH", USER, k, (w, s) -> w.userEdited(s.user()));
        add("PUT", USER + "/password", k, (w, s) -> w.passwordSet(s.user()));
        add("POST", USER + "/disable", k, (w, s) -> w.userDisabled(s.user()));
        add("POST", USER + "/enable", k, (w, s) -> w.userEnabled(s.user()));
        add("POST", USER + "/sign-out", k, (w, s) -> w.userSignedOut(s.user()));
        add("POST", "/login", k, (w, s) -> w.signedIn());
        add("POST", "/login/out", k, (w, s) -> w.signedOut());

        k = AuditKind.DEVICES;
        // paired by its code or by the administrator: by the address the device has now (AuditFilter)
        add("POST", DEVICE, k, (w, s) -> w.devicePaired(s.device()));
        add("PATCH", DEVICE, k, (w, s) -> w.deviceRenamed(s.device()));
        add("POST", DEVICE + "/revoke", k, (w, s) -> w.deviceRevoked(s.device()));
        add("PUT", DEVICE + "/printer", k, (w, s) -> w.devicePrinterSet(s.device()));
        add("PUT", DEVICE + "/counter", k, (w, s) -> w.deviceMoved(s.device()));
        add("POST", "/api/device/printer", k, (w, s) -> w.printerReported());

        k = AuditKind.TICKETS;
        add("POST", TICKET, k, (w, s) -> w.ticketIssued(s.ticket())); // issued: by its address
        add("POST", "/api/kiosk/tickets", k, (w, s) -> w.ticketIssueRepeated()); // 200: a repeat, nothing issued
        add("POST", "/api/kiosk/lease", k, (w, s) -> w.leaseTaken());
        add("POST", "/api/kiosk/offline-tickets", k, (w, s) -> w.offlineHandedBack());
        add("POST", CENTER + "/counters/{counter}/call-next", k,
                (w, s) -> s.ticketCode() == null ? w.nobodyWaiting() : w.ticketCalled(s.ticket()));
        add("POST", CENTER + "/counters/{counter}/call", k, (w, s) -> w.ticketCalled(s.ticket()));
        add("POST", CENTER + "/counters/{counter}/open", k, (w, s) -> w.counterOpened());
        add("POST", CENTER + "/counters/{counter}/pause", k, (w, s) -> w.counterPaused());
        add("POST", CENTER + "/counters/{counter}/close", k, (w, s) -> w.counterClosed());
        add("POST", TICKET + "/recall", k, (w, s) -> w.ticketRecalled(s.ticket()));
        add("POST", TICKET + "/start", k, (w, s) -> w.ticketStarted(s.ticket()));
        add("POST", TICKET + "/complete", k, (w, s) -> w.ticketCompleted(s.ticket()));
        add("POST", TICKET + "/no-show", k, (w, s) -> w.ticketNoShow(s.ticket()));
        add("POST", TICKET + "/cancel", k, (w, s) -> w.ticketCancelled(s.ticket()));
        add("POST", TICKET + "/transfer", k, (w, s) -> w.ticketTransferred(s.ticket()));
        add("POST", TICKET + "/rating", k, (w, s) -> w.ticketRated(s.ticket()));
    }

    private AuditRoutes() {
    }

    private static void add(String method, String template, AuditKind kind, BiFunction<AuditWords, Subject, String> words) {
        List<String> names = new ArrayList<>();
        Matcher part = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        while (part.find()) {
            regex.append(Pattern.quote(template.substring(last, part.start()))).append("([^/]+)");
            names.add(part.group(1));
            last = part.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("$");
        ROUTES.add(new Route(method, Pattern.compile(regex.toString()), names, kind, words));
    }

    /** The route of a change, with its address's parts decoded; null for one the table does not know. */
    static Match match(String method, String target) {
        for (Route r : ROUTES) {
            Matcher m = r.method().equals(method) ? r.address().matcher(target) : null;
            if (m != null && m.matches()) {
                Map<String, String> parts = new HashMap<>();
                for (int i = 0; i < r.names().size(); i++) {
                    parts.put(r.names().get(i), decoded(m.group(i + 1)));
                }
                return new Match(r, parts);
            }
        }
        return null;
    }

    /** A part of an address as typed: "+" stays a plus (it is a space only in a query). */
    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part; // a stray "%": shown as it came
        }
    }

    /** The kind a change is logged as. */
    static AuditKind kindOf(String method, String target) {
        Match m = match(method, target);
        return m == null ? AuditKind.OTHER : m.route().kind();
    }
}
