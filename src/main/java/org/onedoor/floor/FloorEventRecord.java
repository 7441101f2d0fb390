package org.onedoor.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of the floor event log. Append-only. */
@Entity
@Table(name = "floor_event")
@IdClass(FloorEventRecord.Key.class)
public class FloorEventRecord {

    @Id
    public Long centerId;

    @Id
    public Long seq;

    public String type;
    public Instant occurredAt;
    public UUID ticketId;

    @ColumnTransformer(write = "?::jsonb")
    public String payload;

    /** The composite key (center, seq); Hibernate needs a class with the same field names. */
    public static class Key implements Serializable {
        public Long centerId;
        public Long seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(centerId, k.centerId) && Objects.equals(seq, k.seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(centerId, seq);
        }
    }
}
