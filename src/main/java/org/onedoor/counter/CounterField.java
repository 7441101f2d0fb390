package org.onedoor.counter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;

/** A field a counter serves; position 0 is its primary field, then the secondary ones. */
@Entity
@IdClass(CounterField.Key.class)
public class CounterField {

    @Id
    public Long counterId;

    @Id
    public Long fieldId;

    public int position;

    public static class Key implements Serializable {
        public Long counterId;
        public Long fieldId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(counterId, k.counterId) && Objects.equals(fieldId, k.fieldId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(counterId, fieldId);
        }
    }
}
