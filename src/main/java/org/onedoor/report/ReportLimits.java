package org.onedoor.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What reports may take of a node (onedoor.reports.*). A report over every center of the country
 * and a whole year reads hundreds of millions of rows; run to its end it would hold a pooled
 * connection for minutes, and a few of them at once would take the database from every floor.
 * Reports are exempt from the 10 s request deadline, so these are their only bounds.
 */
@ConfigMapping(prefix = "onedoor.reports")
public interface ReportLimits {

    /**
     * How long one report may run, all its statements together; past this it is stopped and
     * answered 503 with a word on asking for fewer days or one center.
     */
    @WithDefault("60s")
    Duration timeLimit();

    /**
     * Reports that may run at once on a node. With the pool's 20 connections, three leave the
     * floors seventeen however many managers read reports at once.
     */
    @WithDefault("3")
    int atOnce();

    /**
     * Reports that may wait for one of those turns; the next is refused at once (503). A report
     * waiting here holds one of the node's API turns (onedoor.api.requests-at-once, 40), which
     * kiosks and counters need: at-once + waiting must stay well below it.
     */
    @WithDefault("5")
    int waiting();

    /** How long a report waits for its turn before it is refused (503, try again). */
    @WithDefault("20s")
    Duration maxWait();
}
