package org.onedoor.common;

import io.quarkus.websockets.next.HttpUpgradeCheck.CheckResult;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** What a socket's upgrade check answers when it could not ask the database. */
public final class UpgradeChecks {

    private static final Logger LOG = Logger.getLogger(UpgradeChecks.class);
    private static final Map<String, List<String>> RETRY_AFTER =
            Map.of("Retry-After", List.of(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)));
    private static final WarningBurst REFUSED = new WarningBurst("socket upgrades refused", LOG::warn);

    private UpgradeChecks() {
    }

    /**
     * Runs {@code check} with the upgrade's {@code ?token=} (null when there is none). A query
     * that cannot be read (a malformed %-escape, as a scanner sends) is refused 400, not a 500.
     */
    public static Uni<CheckResult> withToken(HttpUpgradeContext context, Function<String, Uni<CheckResult>> check) {
        String token;
        try {
            token = context.httpRequest().getParam("token");
        } catch (IllegalArgumentException malformed) {
            return CheckResult.rejectUpgrade(400);
        }
        return check.apply(token);
    }

    /**
     * 503 with Retry-After, as a REST request gets, when the database is unreachable or every
     * pooled connection stayed busy (a node's screens all reconnecting at once): the client waits
     * and tries again, as it does after any refused upgrade. Any other failure stays ours (500).
     */
    public static Uni<CheckResult> unavailableOnOutage(Uni<CheckResult> check) {
        return check.onFailure(DatabaseOutage::causedBy).recoverWithUni(e -> {
            REFUSED.warn("Socket upgrade refused, database unreachable or busy: " + e.getMessage());
            return CheckResult.rejectUpgrade(503, RETRY_AFTER);
        });
    }
}
