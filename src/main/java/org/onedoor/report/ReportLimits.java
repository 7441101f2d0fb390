package org.onedoor.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long one statement of a report may run (onedoor.reports.*). A report over every center of
 * the country and a whole year reads hundreds of millions of rows; run to its end it would take
 * the database from every floor for minutes. Past this, it is stopped and answered 503 with a word
 * on asking for fewer days or one center. Reports are exempt from the 10 s request deadline.
 */
@ConfigMapping(prefix = "onedoor.reports")
public interface ReportLimits {

    @WithDefault("60s")
    Duration statementTimeout();
}
