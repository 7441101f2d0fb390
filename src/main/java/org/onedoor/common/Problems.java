package org.onedoor.common;

/** Finds a {@link Problem} wrapped by reactive or persistence layers. */
public final class Problems {

    private Problems() {
    }

    public static Problem unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problem p) {
                return p;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
