package org.onedoor.kiosk;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.floor.EventJournal.CompanionInsert;

@ApplicationScoped
public class PrintJobRepository implements PanacheRepositoryBase<PrintJob, UUID> {

    /** The print job of a kiosk ticket, or null (an offline ticket handed back has none). */
    Uni<PrintJob> ofTicket(UUID ticketId) {
        return find("ticketId", ticketId).firstResult();
    }

    /** A new job's row, to write in the statement that writes its ticket's events. */
    static CompanionInsert insertOf(PrintJob job) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", job.id);
        values.put("center", job.centerId);
        values.put("ticket", job.ticketId);
        values.put("kiosk", job.kioskId);
        values.put("printer", job.printerId);
        values.put("payload", job.payload);
        values.put("state", job.state.name());
        values.put("created", job.createdAt);
        values.put("updated", job.updatedAt);
        // kept as a JSON string, as the entity's "?::jsonb" writes it (the driver sends a Java string
        // for a jsonb parameter as one): read back, it is a string again, not a JSON object
        return new CompanionInsert("INSERT INTO print_job (id, center_id, ticket_id, kiosk_id, printer_id, payload, state,"
                + " created_at, updated_at) VALUES (:id, :center, :ticket, :kiosk, :printer, to_jsonb(CAST(:payload AS text)),"
                + " :state, :created, :updated)", values);
    }
}
