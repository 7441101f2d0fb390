package org.onedoor.bridge;

/** Where the answer to a job from the server goes (the server's socket): done, or why not. */
@FunctionalInterface
public interface JobAcks {
    void ack(String job, boolean ok, String reason);
}
