package org.onedoor.security;

import io.smallrye.mutiny.Uni;

/**
 * What an account switched off leaves on the floor, put away by the feature that owns it (the
 * counters it held: see org.onedoor.counter.DepartedOfficers). An interface here, so that
 * security, which every feature asks who is acting, does not depend on any of them.
 */
public interface WorkLeftBehind {

    /** Puts away what {@code username} left; the account is off and its sessions have ended. What the manager is told. */
    Uni<?> putAway(String username);
}
