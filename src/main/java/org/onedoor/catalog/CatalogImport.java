package org.onedoor.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.catalog.CatalogViews.FieldView;
import org.onedoor.center.Center;
import org.onedoor.common.Problem;
import org.onedoor.common.ProblemDetail;
import org.onedoor.common.ProblemLanguage;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.LayoutChanged;

/**
 * Imports fields or procedures from CSV or JSON rows, creating new codes and updating known ones.
 * A dry run reports what would change; a real run with any bad row changes nothing.
 *
 * <p>Field columns: code, name_vi, name_en (any name_&lt;lang&gt;), prefix, number_block, pictogram,
 * colour, service_minutes, daily_cap, display_order, active. A new field without prefix or block
 * gets the next free letter. Procedure columns: code, name_vi, name_en…, field, online_url, active.
 */
@ApplicationScoped
public class CatalogImport {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** A row is checked as the same settings sent as JSON would be: one rule for both ways in. */
    @Inject
    Validator validator;

    @Inject
    CatalogService catalog;

    @Inject
    FieldRepository fields;

    @Inject
    Clock clock;

    @Inject
    EventJournal journal;

    @Inject
    ProcedureRepository procedures;

    public Uni<ImportReport> importFields(String centerCode, String body, boolean json, boolean dryRun, String language) {
        List<Map<String, String>> rows = CatalogRows.parse(body, json, CatalogRows.FIELD_COLUMNS);
        return journal.transaction(tx -> catalog.managedCenter(centerCode).chain(center -> importFields(center, rows, dryRun, language)
                .call(report -> !report.applied() || report.created().isEmpty() && report.updated().isEmpty()
                        ? Uni.createFrom().voidItem() : tx.record(center, new LayoutChanged()))));
    }

    @WithTransaction
    public Uni<ImportReport> importProcedures(String centerCode, String body, boolean json, boolean dryRun,
            String language) {
        List<Map<String, String>> rows = CatalogRows.parse(body, json, CatalogRows.PROCEDURE_COLUMNS);
        return catalog.managedCenter(centerCode).chain(center -> importProcedures(center, rows, dryRun, language));
    }

    static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    /** A preview is always 200; a real import with bad rows is a 400 that lists them (nothing saved). */
    static Response answer(ImportReport report, boolean dryRun, String language) {
        if (dryRun || report.errors().isEmpty()) {
            return Response.ok(report).build();
        }
        ProblemDetail problem = new ProblemDetail("about:blank", "Bad request", 400,
                ProblemLanguage.words(CatalogProblems.class, language).importBadRows(report.errors().size()), report.errors());
        return Response.status(400).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    /** Imports CSV text into a center without a user (the demo seed); runs in the caller's transaction. */
    public Uni<ImportReport> seed(Center center, String fieldsCsv, String proceduresCsv) {
        return importFields(center, CatalogRows.parse(fieldsCsv, false, CatalogRows.FIELD_COLUMNS), false, ProblemLanguage.ENGLISH)
                .chain(() -> importProcedures(center, CatalogRows.parse(proceduresCsv, false, CatalogRows.PROCEDURE_COLUMNS), false,
                        ProblemLanguage.ENGLISH));
    }

    /** Errors are worded in {@code language}, as the page that previews the import reads. */
    private Uni<ImportReport> importFields(Center center, List<Map<String, String>> rows, boolean dryRun, String language) {
        CatalogProblems words = ProblemLanguage.words(CatalogProblems.class, language);
        return fields.codesOn(center.id, center.serviceDay(clock.instant())).chain(today -> fields.ofCenterLocked(center.id).chain(existing -> {
            Map<String, Field> byCode = existing.stream().collect(Collectors.toMap(f -> f.code, Function.identity()));
            Plan<Field> plan = new Plan<>(CatalogRows.ignoredColumns(rows, CatalogRows.FIELD_COLUMNS));
            Map<String, Field> after = new HashMap<>(byCode);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String code = row.get("code");
                try {
                    CatalogService.requireFieldCode(code);
                    plan.claim(code);
                    Field current = byCode.get(code);
                    Field target = current != null ? current.copy() : CatalogService.newField(center, code);
                    FieldSettings settings = fieldSettings(row, current == null ? nextFreePrefix(after.values(), byCode.values(), today) : null);
                    CatalogService.apply(target, settings);
                    after.put(code, target);
                    if ((current == null || TodaysCodes.numberingChanged(current, target)) && today.clashWith(target)) {
                        throw Problem.conflict(CatalogProblems.class, w -> w.numberingTakenToday(code));
                    }
                    plan.add(code, current, target, current == null || !FieldView.of(current).equals(FieldView.of(target)));
                } catch (Problem e) {
                    plan.errors.add(words.importRowError(CatalogRows.lineOf(row, i), code, e.detail(language)));
                }
            }
            checkUnique(after.values(), f -> f.prefix, words::importSamePrefix, plan.errors);
            checkUnique(after.values(), f -> f.numberBlock, words::importSameBlock, plan.errors);
            checkNotPassedOn(byCode.values(), after, f -> f.prefix, words::importTakesReleasedNumbering, plan.errors);
            checkNotPassedOn(byCode.values(), after, f -> f.numberBlock, words::importTakesReleasedNumbering, plan.errors);
            if (dryRun || !plan.errors.isEmpty()) {
                return Uni.createFrom().item(plan.report(false));
            }
            return plan.save(fields::persist, (current, target) -> {
                current.names = target.names;
                current.prefix = target.prefix;
                current.numberBlock = target.numberBlock;
                current.pictogram = target.pictogram;
                current.colour = target.colour;
                current.serviceMinutes = target.serviceMinutes;
                current.dailyCap = target.dailyCap;
                current.active = target.active;
                current.displayOrder = target.displayOrder;
            }).chain(() -> fields.flush()).replaceWith(plan.report(true));
        }));
    }

    private Uni<ImportReport> importProcedures(Center center, List<Map<String, String>> rows, boolean dryRun,
            String language) {
        CatalogProblems words = ProblemLanguage.words(CatalogProblems.class, language);
        return fields.ofCenter(center.id)
                .chain(fieldList -> procedures.ofCenter(center.id).chain(existing -> {
                    Map<String, Long> fieldIds = fieldList.stream().collect(Collectors.toMap(f -> f.code, f -> f.id));
                    Map<String, Procedure> byCode = existing.stream()
                            .collect(Collectors.toMap(p -> p.code, Function.identity()));
                    Plan<Procedure> plan = new Plan<>(CatalogRows.ignoredColumns(rows, CatalogRows.PROCEDURE_COLUMNS));
                    for (int i = 0; i < rows.size(); i++) {
                        Map<String, String> row = rows.get(i);
                        String code = row.get("code");
                        try {
                            plan.claim(requireProcedureCode(code));
                            Procedure current = byCode.get(code);
                            Procedure target = procedureFrom(center, row, fieldIds, current);
                            plan.add(code, current, target, current == null || changed(current, target));
                        } catch (Problem e) {
                            plan.errors.add(words.importRowError(CatalogRows.lineOf(row, i), code, e.detail(language)));
                        }
                    }
                    if (dryRun || !plan.errors.isEmpty()) {
                        return Uni.createFrom().item(plan.report(false));
                    }
                    return plan.save(procedures::persist, (current, target) -> {
                        current.fieldId = target.fieldId;
                        current.names = target.names;
                        current.onlineUrl = target.onlineUrl;
                        current.active = target.active;
                        current.refreshSearchText();
                    }).chain(() -> procedures.flush()).replaceWith(plan.report(true));
                }));
    }

    private FieldSettings fieldSettings(Map<String, String> row, String defaultPrefix) {
        String prefix = row.get("prefix");
        Integer block = CatalogRows.integer(row, "number_block");
        if (prefix == null && block == null) {
            prefix = defaultPrefix;
        }
        FieldSettings settings = new FieldSettings(CatalogRows.names(row), prefix, block, row.get("pictogram"),
                row.get("colour"), CatalogRows.integer(row, "service_minutes"), CatalogRows.integer(row, "daily_cap"),
                CatalogRows.bool(row, "active"), CatalogRows.integer(row, "display_order"));
        validator.validate(settings).stream().findFirst().ifPresent(wrong -> {
            throw Problem.badRequest(CatalogProblems.class, w -> w.invalidValue(wrong.getPropertyPath().toString(), wrong.getMessage()));
        });
        return settings;
    }

    private static Procedure procedureFrom(Center center, Map<String, String> row, Map<String, Long> fieldIds,
            Procedure current) {
        Map<String, String> names = CatalogRows.names(row);
        if (names.get("vi") == null) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importNameViMissing());
        }
        if (names.values().stream().anyMatch(name -> name.length() > CatalogService.MAX_NAME)) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importNameTooLong(CatalogService.MAX_NAME));
        }
        String fieldCode = row.get("field");
        Long fieldId = fieldIds.get(fieldCode);
        if (fieldId == null) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importFieldMissing(fieldCode));
        }
        String url = row.get("online_url");
        if (url != null && (!url.matches("https?://\\S+") || url.length() > 500)) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importUrlInvalid(url));
        }
        Procedure p = new Procedure();
        p.centerId = center.id;
        p.code = row.get("code");
        p.fieldId = fieldId;
        p.names = Map.copyOf(names);
        p.onlineUrl = url;
        Boolean active = CatalogRows.bool(row, "active");
        p.active = active != null ? active : current == null || current.active;
        p.refreshSearchText();
        return p;
    }

    private static boolean changed(Procedure a, Procedure b) {
        return !Objects.equals(a.fieldId, b.fieldId) || !Objects.equals(a.names, b.names)
                || !Objects.equals(a.onlineUrl, b.onlineUrl) || a.active != b.active;
    }

    private static String requireProcedureCode(String code) {
        if (code == null || !code.matches("[0-9A-Za-z._-]{1,32}")) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.importProcedureCodeInvalid(code));
        }
        return code;
    }

    /**
     * The first letter no field has, had before this import (one a field gives up is not passed on
     * in the same import: checkNotPassedOn) or gave codes of today (its numbers would clash).
     */
    private static String nextFreePrefix(Iterable<Field> after, Iterable<Field> before, TodaysCodes today) {
        Set<String> used = new HashSet<>();
        after.forEach(f -> used.add(f.prefix));
        before.forEach(f -> used.add(f.prefix));
        for (char c : LETTERS.toCharArray()) {
            String letter = String.valueOf(c);
            if (!used.contains(letter) && !today.prefixUsed(letter)) {
                return letter;
            }
        }
        throw Problem.badRequest(CatalogProblems.class, w -> w.importPrefixesTaken());
    }

    /** How two fields that share a value are reported. */
    private interface Clash {
        String words(String first, String second, String value);
    }

    private static <V> void checkUnique(Iterable<Field> fields, Function<Field, V> key, Clash clash, List<String> errors) {
        Map<V, String> seen = new HashMap<>();
        for (Field f : fields) {
            V value = key.apply(f);
            if (value == null) {
                continue;
            }
            String other = seen.putIfAbsent(value, f.code);
            if (other != null) {
                errors.add(clash.words(other, f.code, String.valueOf(value)));
            }
        }
    }

    /**
     * A field may not take the prefix or block another field gives up in the same import (a swap,
     * or a new field given a freed prefix): the rows are saved one by one, the unique key is checked
     * at each, and the whole import would fail after its preview said it would pass.
     */
    private static <V> void checkNotPassedOn(Collection<Field> before, Map<String, Field> after, Function<Field, V> key,
            Clash clash, List<String> errors) {
        for (Field giver : before) {
            V value = key.apply(giver);
            if (value == null || value.equals(key.apply(after.get(giver.code)))) {
                continue;
            }
            after.values().stream().filter(taker -> !taker.code.equals(giver.code) && value.equals(key.apply(taker)))
                    .findFirst().ifPresent(taker -> errors.add(clash.words(taker.code, giver.code, String.valueOf(value))));
        }
    }

    /** The changes an import would make, row by row. */
    private static final class Plan<T> {
        private final List<String> created = new ArrayList<>();
        private final List<String> updated = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();
        private final List<Change<T>> changes = new ArrayList<>();
        private final List<String> ignoredColumns;

        Plan(List<String> ignoredColumns) {
            this.ignoredColumns = ignoredColumns;
        }

        void claim(String code) {
            if (!codes.add(code)) {
                throw Problem.badRequest(CatalogProblems.class, w -> w.importCodeTwice());
            }
        }

        void add(String code, T current, T target, boolean changed) {
            (current == null ? created : changed ? updated : unchanged).add(code);
            if (changed) {
                changes.add(new Change<>(current, target));
            }
        }

        Uni<Void> save(Function<T, Uni<T>> persist, BiConsumer<T, T> update) {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Change<T> change : changes) {
                if (change.current() == null) {
                    chain = chain.chain(() -> persist.apply(change.target()).replaceWithVoid());
                } else {
                    update.accept(change.current(), change.target());
                }
            }
            return chain;
        }

        ImportReport report(boolean applied) {
            return new ImportReport(applied, created, updated, unchanged, errors, ignoredColumns);
        }
    }

    private record Change<T>(T current, T target) {
    }
}
