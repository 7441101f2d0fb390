package org.onedoor.kiosk;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PrintJobRepository implements PanacheRepositoryBase<PrintJob, UUID> {
}
