package org.onedoor.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.PageLanguage;
import org.onedoor.common.Pages;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;
import org.onedoor.security.SessionCookies;
import org.onedoor.security.StaffPage;
import org.onedoor.security.OtherCenter;
import org.onedoor.security.StaffPageAccess;

/** The reports page (/reports) and the province dashboard (/reports/now), rendered with Qute. */
@Path("/reports")
@Tag(name = "Staff pages")
public class ReportPage {

    /**
     * One bar of the arrivals chart, placed in a 480×130 SVG: {@code height} in percent of the
     * busiest hour; the hour is written under every third bar.
     */
    public record Bar(int hour, int count, int height, int x, int y, int labelX, boolean labelled) {

        /** Where the bar's count is written: just above it. */
        public int countY() {
            return y - 2;
        }
    }

    /** One table of the page: kind is center (all centers' report only), field, counter or officer. */
    public record Section(String kind, List<Report.Group> groups) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report, List<Bar> bars, List<Section> sections, String query, String csrf);

        static native TemplateInstance now(List<CenterNow> centers, boolean ownCenter, String csrf);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffPageAccess access;

    @Inject
    ReportService reports;

    @Inject
    SessionCookies sessions;

    @GET
    @Operation(summary = "The reports page (MANAGER, ADMIN): ?center=&from=&to=, today by default")
    public Uni<Response> report(@QueryParam("center") String center, @QueryParam("from") String from,
            @QueryParam("to") String to, @BeanParam PageLanguage language, @Context UriInfo uri, @CookieParam(SessionCookies.SESSION) String session) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(Pages.toLogin(uri));
        }
        access.require(StaffPage.REPORTS.roles());
        // an administrator may see every center at once (no ?center=)
        Uni<String> scope = identity.hasRole(Role.ADMIN) ? Uni.createFrom().item(center) : access.pageCenter(null);
        String csrf = sessions.csrfOf(session);
        return scope.chain(code -> {
            OtherCenter other = OtherCenter.of(center, code);
            return Uni.createFrom().deferred(() -> reports.reportFromToday(code, day(from), day(to), language.english()))
                    .map(r -> page(r, language, csrf, Refused.NONE, other))
                    // days the report cannot be made for (To before From, a year or more): the
                    // refusal in the page's words above the form, which keeps the days asked for
                    // to be mended, and no figures (today's under those days would be misread)
                    .onFailure(e -> e instanceof Problem p && p.status() == Response.Status.BAD_REQUEST)
                    // a To without a From was measured from today: the form says so, or the
                    // refusal would name a From left empty
                    .recoverWithUni(e -> reports.none(code).map(r -> page(r, language, csrf, new Refused(
                            ((Problem) e).detail(language.code()), from == null || from.isBlank() ? r.from().toString() : from, to), other)));
        }).chain(TemplateInstance::createUni)
                .map(ReportPage::html);
    }

    /** Why the days asked for make no report, and those days as given; {@link #NONE} when they do. */
    private record Refused(String problem, String from, String to) {
        static final Refused NONE = new Refused(null, null, null);
    }

    private static TemplateInstance page(Report r, PageLanguage language, String csrf, Refused refused, OtherCenter otherCenter) {
        return Pages.localized(Templates.report(r, bars(r.arrivalsPerHour()), sections(r), "?" + (r.center() == null ? "" : "center=" + r.center() + "&")
                                + "from=" + r.from() + "&to=" + r.to() + (language.english() ? "&lang=en" : ""), csrf), language)
                .data("problem", refused.problem()).data("askedFrom", refused.from()).data("askedTo", refused.to())
                .data("otherCenter", otherCenter);
    }

    /** The tables, the centers' first across centers: the province compares its communes before their fields. */
    private static List<Section> sections(Report r) {
        List<Section> sections = new ArrayList<>();
        if (r.center() == null) {
            sections.add(new Section("center", r.byCenter()));
        }
        sections.add(new Section("field", r.byField()));
        sections.add(new Section("counter", r.byCounter()));
        sections.add(new Section("officer", r.byOfficer()));
        return sections;
    }

    @GET
    @Path("/now")
    @Operation(summary = "The province dashboard (ADMIN: every center; MANAGER: theirs), refreshed every 30 s")
    public Uni<Response> now(@BeanParam PageLanguage language, @Context UriInfo uri, @CookieParam(SessionCookies.SESSION) String session) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(Pages.toLogin(uri));
        }
        access.require(StaffPage.REPORTS.roles());
        // a manager sees their own center only: the page must not call itself the province's
        boolean ownCenter = !identity.hasRole(Role.ADMIN);
        return reports.now().chain(list -> Pages.localized(Templates.now(list, ownCenter, sessions.csrfOf(session)), language)
                .createUni()).map(ReportPage::html);
    }

    static List<Bar> bars(int[] hours) {
        int max = 1;
        for (int h : hours) {
            max = Math.max(max, h);
        }
        List<Bar> bars = new ArrayList<>();
        for (int h = 0; h < hours.length; h++) {
            int height = hours[h] * 100 / max;
            bars.add(new Bar(h, hours[h], height, h * 20 + 2, 110 - height, h * 20 + 10, h % 3 == 0));
        }
        return bars;
    }

    private static Response html(String page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** A date from the page's form, or null when left empty (the report then starts today). */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(w -> w.notADate(value));
        }
    }
}
