package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.onedoor.common.Problem;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.CenterRenamed;
import org.onedoor.floor.FloorEventBody.HoursChanged;
import org.onedoor.floor.FloorEventBody.NoticeChanged;
import org.onedoor.security.StaffAccess;

@ApplicationScoped
public class CenterService {

    @Inject
    CenterRepository centers;

    @Inject
    DefaultPriorityGroups defaultGroups;

    @Inject
    StaffAccess access;

    @Inject
    EventJournal journal;

    @Inject
    Clock clock;

    @WithSession
    public Uni<List<CenterView>> list() {
        return centers.list("order by code").map(list -> list.stream().map(CenterView::of).toList());
    }

    @WithSession
    public Uni<CenterView> get(String code) {
        return centers.require(code).map(CenterView::of);
    }

    /** Creates a center with the default priority groups; ADMIN only (checked by the resource). */
    @WithTransaction
    public Uni<CenterView> create(CenterSettings settings) {
        if (settings.code() == null || settings.name() == null) {
            throw Problem.badRequest(w -> w.centerNeedsCodeAndName());
        }
        return centers.findByCode(settings.code()).chain(existing -> {
            if (existing != null) {
                throw Problem.conflict(w -> w.centerExists(settings.code()));
            }
            Center center = new Center();
            center.code = settings.code();
            apply(center, settings);
            return centers.persistAndFlush(center).call(defaultGroups::addTo);
        }).map(CenterView::of);
    }

    /**
     * Changes a center's settings; its code never changes (screens and links use it). A new notice
     * line, new opening hours and a new name are events, so hall screens and kiosks show them at once.
     */
    public Uni<CenterView> update(String code, CenterSettings settings) {
        if (settings.code() != null && !settings.code().equals(code)) {
            throw Problem.badRequest(w -> w.centerCodeFixed());
        }
        return journal.transaction(tx -> centers.requireLocked(code).call(access::actorIn).chain(center -> {
            String noticeBefore = center.notice;
            String nameBefore = center.name;
            Instant now = clock.instant();
            OpeningHours hoursBefore = OpeningHours.of(center, now);
            apply(center, settings);
            OpeningHours hours = OpeningHours.of(center, now);
            Uni<?> noticeTold = Objects.equals(noticeBefore, center.notice) ? Uni.createFrom().voidItem()
                    : tx.record(center, new NoticeChanged(center.notice));
            return centers.flush().chain(() -> noticeTold)
                    .chain(() -> Objects.equals(hoursBefore, hours) ? Uni.createFrom().voidItem()
                            : tx.record(center, new HoursChanged(hours)))
                    .chain(() -> nameBefore.equals(center.name) ? Uni.createFrom().voidItem()
                            : tx.record(center, new CenterRenamed(center.name)))
                    .replaceWith(center);
        })).map(CenterView::of);
    }

    private static void apply(Center c, CenterSettings s) {
        if (s.name() != null) {
            c.name = s.name();
        }
        if (s.timeZone() != null) {
            // a region of the time-zone database only: Java reads "+07:00" or "UTC+7" as UTC+7, but
            // PostgreSQL (the reports' AT TIME ZONE) reads them as POSIX zones, as UTC-7
            if (!ZoneId.getAvailableZoneIds().contains(s.timeZone())) {
                throw Problem.badRequest(w -> w.unknownTimeZone(s.timeZone()));
            }
            c.timeZone = s.timeZone();
        }
        if (s.dayRollover() != null) {
            c.dayRollover = s.dayRollover();
        }
        if (s.opensAt() != null) {
            c.opensAt = s.opensAt();
        }
        if (s.closesAt() != null) {
            c.closesAt = s.closesAt();
        }
        if (!c.opensAt.isBefore(c.closesAt) && !c.closesAt.equals(LocalTime.MIDNIGHT)) {
            throw Problem.badRequest(w -> w.opensBeforeCloses());
        }
        // A new service day inside opening hours would drop the morning's queue at the rollover and
        // start numbering again (a second A001 the same morning); one after closing would date the
        // whole day's tickets the day before (a service day is named by the date it starts on).
        if (c.dayRollover.isAfter(c.opensAt)) {
            String rollover = c.dayRollover.toString();
            String opensAt = c.opensAt.toString();
            throw Problem.badRequest(w -> w.rolloverNotBeforeOpening(rollover, opensAt));
        }
        if (s.priorityPolicy() != null) {
            c.priorityPolicy = s.priorityPolicy();
        }
        if (s.priorityRatio() != null) {
            c.priorityRatio = s.priorityRatio();
        }
        if (s.recallsBeforeNoShow() != null) {
            c.recallsBeforeNoShow = s.recallsBeforeNoShow();
        }
        if (s.openDays() != null) {
            if (s.openDays().isEmpty() || s.openDays().contains(null)) {
                throw Problem.badRequest(w -> w.openDaysNeeded());
            }
            c.openDays(s.openDays());
        }
        if (s.notice() != null) {
            c.notice = s.notice().isBlank() ? null : s.notice();
        }
    }
}
