package org.onedoor.common;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * What a change acted on when neither its identity nor its address says, left in the request by
 * the resource for the audit log, which writes its entry once the answer is out: the account a
 * sign-in opened (the form is posted anonymously) and the center of something made through an
 * address that names none (a staff account). What a change created, its answer's Location names.
 */
public final class ActedOn {

    private static final String ACTOR = "onedoor.acted-on.actor";
    private static final String CENTER = "onedoor.acted-on.center";

    private ActedOn() {
    }

    /** The request signed this identity in. */
    public static void actor(RoutingContext http, SecurityIdentity identity) {
        http.put(ACTOR, identity);
    }

    /** The request acted on this center (null: none). */
    public static void center(RoutingContext http, String centerCode) {
        if (centerCode != null) {
            http.put(CENTER, centerCode);
        }
    }

    /** The identity the request signed in, or null. */
    public static SecurityIdentity actor(RoutingContext http) {
        return http.get(ACTOR);
    }

    /** The center the request said it acted on, or null. */
    public static String center(RoutingContext http) {
        return http.get(CENTER);
    }
}
