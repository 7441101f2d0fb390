package org.onedoor.catalog;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} would do. With any error nothing is applied.
 *
 * @param applied whether the changes were saved
 * @param ignoredColumns the file's columns the import does not read (a department, a misspelt name_vi)
 */
public record ImportReport(boolean applied, List<String> created, List<String> updated, List<String> unchanged,
        List<String> errors, List<String> ignoredColumns) {
}
