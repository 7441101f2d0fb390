package org.onedoor.common;

import io.quarkus.websockets.next.HttpUpgradeCheck.CheckResult;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
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
