import java.util.ArrayDeque;

/**
 * At most N jobs running at once; the others wait in arrival order. No thread ever blocks: a job
 * is started by whoever frees a permit. This keeps the generator's connections (and open files)
 * bounded when the server falls behind, instead of opening one more connection per late request.
 */
final class AsyncLimiter {

    interface Job {
        /** Starts the job and returns true, or returns false when it gave up without starting. */
        boolean start();
    }

    private final int permits;
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private int running;

    AsyncLimiter(int permits) {
        this.permits = permits;
    }

    void submit(Job job) {
        synchronized (this) {
            if (running >= permits) {
                waiting.add(job);
                return;
            }
            running++;
        }
        if (!job.start()) {
            release();
        }
    }

    /** A running job finished: its permit goes to the next waiting job that still wants to start. */
    void release() {
        while (true) {
            Job next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running--;
                    return;
                }
            }
            if (next.start()) {
                return;
            }
            // it gave up (expired while waiting): the permit passes on, in a loop rather than by recursion
        }
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
