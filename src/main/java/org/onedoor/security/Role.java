package org.onedoor.security;

/** The staff roles. Constants so they can be used in {@code @RolesAllowed}. */
public final class Role {

    /** Every action in every center. */
    public static final String ADMIN = "ADMIN";
    /** Settings and every floor action in one center. */
    public static final String MANAGER = "MANAGER";
    /** Calls and serves tickets at a counter. */
    public static final String OFFICER = "OFFICER";
    /** Issues tickets for citizens at the guidance desk. */
    public static final String GUIDE = "GUIDE";

    /** A paired kiosk: issues tickets for its center (channel KIOSK). */
    public static final String KIOSK = "KIOSK";
    /** A paired counter screen: records the citizen's rating of the ticket served at its counter. */
    public static final String COUNTER_SCREEN = "COUNTER_SCREEN";
    /** Any paired device (screens, kiosks, bridges). */
    public static final String DEVICE = "DEVICE";

    /** A hardware bridge: prints tickets and drives LED displays; reports its printers' state. */
    public static final String BRIDGE = "BRIDGE";

    private Role() {
    }
}
