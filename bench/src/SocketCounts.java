import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counts shared by the hall sockets and the idle sockets. */
final class SocketCounts {
    final AtomicInteger open = new AtomicInteger();
    /** Sockets that were open and are between a close and their next open. */
    final AtomicInteger reconnecting = new AtomicInteger();
    final LongAdder resyncs = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final LongAdder frames = new LongAdder();
    /** Events whose seq was not the last one's + 1: an event a screen never got (idle sockets count them). */
    final LongAdder gaps = new LongAdder();
}
