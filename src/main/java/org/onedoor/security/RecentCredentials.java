package org.onedoor.security;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Users and devices read for authentication in the last second, so that a busy counter or kiosk
 * (several requests a second, each carrying its credentials) does not cost a database read per
 * request: that read, in a session of its own, was about a tenth of a ticket action's CPU.
 *
 * <p>On this node a change takes effect at once: whatever ends a session or revokes a token calls
 * {@link #forgetAll()}, and a read that started before the change is not kept (the generation
 * moved on). Another node of a cluster sees the change within {@link #TTL_NANOS}. Only what was
 * found is kept; an unknown name or token is asked again every time, so a new user or device
 * needs no notice. Entries are read-only: detached entities shared between requests.
 */
@ApplicationScoped
public class RecentCredentials {

    static final long TTL_NANOS = 1_000_000_000L;
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(Object value, long readAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The value under {@code key} if read less than a second ago, else {@code read}'s answer (kept if not null). */
    @SuppressWarnings("unchecked")
    public <V> Uni<V> get(String key, Supplier<Uni<V>> read) {
        Entry held = entries.get(key);
        long now = System.nanoTime();
        if (held != null && now - held.readAt() < TTL_NANOS) {
            return Uni.createFrom().item((V) held.value());
        }
        long before = generation.get();
        return read.get().invoke(value -> {
            if (value != null && generation.get() == before) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry(value, now));
            }
        });
    }

    /** Forgets everything: a session ended, a token was revoked. */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
