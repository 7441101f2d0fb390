package org.onedoor.common;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Reads of the one row a unique key names. */
public final class UniqueKey {

    private UniqueKey() {
    }

    /**
     * The row the query's unique key names, or null. Not {@code firstResult()}: it sends OFFSET
     * and FETCH as parameters, and PostgreSQL, whose generic plan cannot know them, planned the
     * lookup again at every execution (a center's by its code on every request). A unique key
     * needs no limit, and its plan is reused.
     */
    public static <T> Uni<T> row(PanacheQuery<T> query) {
        return query.<T>list().map(UniqueKey::only);
    }

    private static <T> T only(List<T> rows) {
        if (rows.size() > 1) {
            throw new IllegalStateException(rows.size() + " rows for a unique key");
        }
        return rows.isEmpty() ? null : rows.get(0);
    }
}
