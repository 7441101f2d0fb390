package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DeviceRepository implements PanacheRepository<Device> {

    public Uni<Device> findByToken(String token) {
        return find("tokenHash", DeviceTokens.hash(token)).firstResult();
    }

    public Uni<List<Device>> ofCenter(long centerId) {
        return list("centerId = ?1 order by id", centerId);
    }
}
