package org.onedoor.print;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.floor.TicketPrint;
import org.onedoor.security.StaffAccess;

/** Reads and changes the layout of a center's paper tickets. */
@ApplicationScoped
public class TicketLayoutService {

    static final int MAX_LINES = 4;
    static final int MAX_LINE_LENGTH = 80;
    static final int MAX_LOGO_BYTES = 256 * 1024;

    @Inject
    CenterRepository centers;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    /** @param logo whether the center has a logo (it is fetched on its own) */
    public record LayoutView(List<String> header, List<String> footer, boolean logo) {
    }

    @WithSession
    public Uni<LayoutView> get(String centerCode) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> row(center.id))
                .map(TicketLayoutService::view);
    }

    @WithTransaction
    public Uni<LayoutView> update(String centerCode, List<String> header, List<String> footer) {
        String headerText = text(true, header);
        String footerText = text(false, footer);
        return editable(centerCode).invoke(row -> {
            row.header = headerText;
            row.footer = footerText;
        }).map(TicketLayoutService::view);
    }

    /** Replaces the logo; it must be a PNG or JPEG that we can read, at most 256 KB. */
    @WithTransaction
    public Uni<LayoutView> setLogo(String centerCode, byte[] image) {
        if (image == null || image.length == 0) {
            throw Problem.badRequest(w -> w.sendLogo());
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw Problem.badRequest(w -> w.logoTooBig(image.length / 1024));
        }
        if (PaperLayout.decode(image) == null) {
            throw Problem.badRequest(w -> w.logoUnreadable());
        }
        return editable(centerCode).invoke(row -> row.logo = image).map(TicketLayoutService::view);
    }

    @WithTransaction
    public Uni<LayoutView> removeLogo(String centerCode) {
        return editable(centerCode).invoke(row -> row.logo = null).map(TicketLayoutService::view);
    }

    @WithSession
    public Uni<byte[]> logo(String centerCode) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> row(center.id)).map(row -> {
            if (row == null || row.logo == null) {
                throw Problem.notFound(w -> w.noLogo(centerCode));
            }
            return row.logo;
        });
    }

    /** A made-up ticket of the center, and its layout: what a manager looks at before printing. */
    public record Sample(TicketPrint ticket, PaperLayout layout) {
    }

    @WithSession
    public Uni<Sample> sample(String centerCode) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> ofCenter(center.id).map(layout ->
                new Sample(new TicketPrint(center.name, "A001", "HT", Map.of("vi", "Hộ tịch"), null, List.of(1), 0, 0, false,
                        LocalDateTime.ofInstant(clock.instant(), center.zone()), "vi", "/t/preview"), layout)));
    }

    /** The layout to print with, in the caller's session. */
    public Uni<PaperLayout> ofCenter(long centerId) {
        return row(centerId).map(PaperLayout::of);
    }

    /** The layout of a ticket's center, in the caller's session. */
    public Uni<PaperLayout> ofTicket(UUID ticketId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select l from TicketLayout l, Ticket t where t.id = :ticket and l.centerId = t.centerId", TicketLayout.class)
                .setParameter("ticket", ticketId).getSingleResultOrNull())
                .map(PaperLayout::of);
    }

    private Uni<TicketLayout> row(long centerId) {
        return Panache.getSession().chain(s -> s.find(TicketLayout.class, centerId));
    }

    /** The center's row, made if it has none yet, for a manager of the center (or an admin). */
    private Uni<TicketLayout> editable(String centerCode) {
        return centers.require(centerCode).call(access::actorIn).chain((Center center) -> row(center.id).chain(row -> {
            if (row != null) {
                row.updatedAt = clock.instant();
                return Uni.createFrom().item(row);
            }
            TicketLayout created = new TicketLayout();
            created.centerId = center.id;
            created.updatedAt = clock.instant();
            return Panache.getSession().chain(s -> s.persist(created)).replaceWith(created);
        }));
    }

    /** The header's or the footer's lines, checked and joined. */
    private static String text(boolean header, List<String> lines) {
        List<String> kept = lines == null ? List.of()
                : lines.stream().map(l -> l == null ? "" : l.strip()).filter(l -> !l.isEmpty()).toList();
        if (kept.size() > MAX_LINES) {
            throw Problem.badRequest(w -> w.tooManyLines(header, MAX_LINES));
        }
        for (String line : kept) {
            if (line.length() > MAX_LINE_LENGTH) {
                throw Problem.badRequest(w -> w.lineTooLong(header, MAX_LINE_LENGTH, line));
            }
        }
        return String.join("\n", kept);
    }

    private static LayoutView view(TicketLayout row) {
        return row == null ? new LayoutView(List.of(), List.of(), false)
                : new LayoutView(PaperLayout.lines(row.header), PaperLayout.lines(row.footer), row.logo != null);
    }
}
