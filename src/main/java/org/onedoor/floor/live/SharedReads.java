package org.onedoor.floor.live;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.onedoor.common.OnContext;

/**
 * One read shared by the callers that ask for the same key at about the same time: when a hall's
 * screens all come back together (the server restarted, the hall's power came back), a center's
 * ten sockets need one snapshot, not ten transactions queued for the database pool.
 *
 * <p>A caller joins a read only while that read has not yet read what a caller could find out of
 * date: the reader is handed a {@code closing} callback and must run it before that query (a
 * snapshot's first query, a replay's read of the log), and after it holds a connection, since that
 * is where a read waits in a rush. Whoever asks after that starts a read of their own. So every
 * caller's result was read after the caller asked, which is what a socket needs: it subscribes to
 * live events first and then reads, and what was read before it subscribed could miss an event
 * published in between.
 *
 * <p>Callers that joined get the result on their own Vert.x context, as if they had read it.
 */
final class SharedReads<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> open = new ConcurrentHashMap<>();
    private final BiFunction<K, Runnable, Uni<V>> reader;

    /** @param reader reads the value of a key, running the given callback as described above */
    SharedReads(BiFunction<K, Runnable, Uni<V>> reader) {
        this.reader = reader;
    }

    Uni<V> get(K key) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<V> mine = new CompletableFuture<>();
            CompletableFuture<V> read = open.computeIfAbsent(key, k -> mine);
            if (read == mine) {
                // subscribed apart from this caller, so that no caller going away (its socket
                // closed) cancels the read the others wait for
                Runnable closing = () -> open.remove(key, mine);
                Uni.createFrom().deferred(() -> reader.apply(key, closing)) // a reader that throws fails the read
                        .onTermination().invoke(closing)
                        .subscribe().with(mine::complete, mine::completeExceptionally);
                return Uni.createFrom().completionStage(mine.copy());
            }
            return OnContext.ofCaller(Uni.createFrom().completionStage(read.copy()));
        });
    }

    /** Reads still open to joiners (for tests). */
    int openReads() {
        return open.size();
    }
}
