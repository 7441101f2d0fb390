package org.onedoor.catalog;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} would do. With any error nothing is applied.
 *
 * @param applied whether the changes were saved
 */
public record ImportReport(boolean applied, List<String> created, List<String> updated, List<String> unchanged,
        List<String> errors) {
}
