package org.onedoor.security;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * What an account switched off leaves on the floor: the counters it held, closed or paused by the
 * counter feature (org.onedoor.counter.DepartedOfficers). An interface here, with the answer's
 * records, so that security, which every feature asks who is acting, does not depend on the
 * counter feature, and the manager who switched the account off is told what became of them.
 */
public interface WorkLeftBehind {

    /** A counter the officer held: closed now, or paused with the citizen at it ({@code ticket}) for a colleague. */
    record CounterLeft(String center, int counter, String ticket) {
    }

    /** What became of the officer's counters: what the manager who switched the account off is told. */
    record CountersLeft(List<CounterLeft> closed, List<CounterLeft> stillServing) {
    }

    /** Puts away what {@code username} left; the account is off and its sessions have ended. */
    Uni<CountersLeft> putAway(String username);
}
