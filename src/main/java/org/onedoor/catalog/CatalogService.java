package org.onedoor.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.onedoor.catalog.CatalogViews.FieldView;
import org.onedoor.catalog.CatalogViews.PriorityGroupView;
import org.onedoor.catalog.CatalogViews.ProcedureView;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.LayoutChanged;
import org.onedoor.security.StaffAccess;

/** Reads and changes a center's catalogue: fields, procedures and priority groups. */
@ApplicationScoped
public class CatalogService {

    static final Pattern FIELD_CODE = Pattern.compile("[A-Z0-9_]{1,16}");
    /** A field's, procedure's or priority group's name in one language: every screen and ticket shows it. */
    static final int MAX_NAME = 200;
    static final Pattern GROUP_CODE = Pattern.compile("[A-Z0-9_]{1,32}");

    @Inject
    EventJournal journal;

    @Inject
    CenterRepository centers;

    @Inject
    FieldRepository fields;

    @Inject
    ProcedureRepository procedures;

    @Inject
    PriorityGroupRepository groups;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    @WithSession
    public Uni<List<FieldView>> fields(String centerCode) {
        return centers.require(centerCode)
                .chain(center -> fields.ofCenter(center.id))
                .map(list -> list.stream().map(FieldView::of).toList());
    }

    public Uni<FieldView> putField(String centerCode, String code, FieldSettings settings) {
        requireFieldCode(code);
        return journal.transaction(tx -> managedCenter(centerCode)
                .chain(center -> fields.findByCodeLocked(center.id, code).chain(existing -> {
                    Field field = existing != null ? existing : newField(center, code);
                    Field before = field.copy();
                    apply(field, settings);
                    // the same settings saved again change nothing a screen or kiosk shows
                    Uni<Void> told = existing != null && FieldView.of(before).equals(FieldView.of(field))
                            ? Uni.createFrom().voidItem() : tx.record(center, new LayoutChanged());
                    Uni<Void> free = existing != null && !TodaysCodes.numberingChanged(before, field) ? Uni.createFrom().voidItem()
                            : fields.ofCenter(center.id).invoke(all -> requireOwnNumbering(field, all))
                                    .chain(() -> fields.codesOn(center.id, center.serviceDay(clock.instant()))).invoke(today -> {
                                        if (today.clashWith(field)) {
                                            throw Problem.conflict(CatalogProblems.class, w -> w.numberingTakenToday(code));
                                        }
                                    }).replaceWithVoid();
                    return free.chain(() -> told).chain(() -> fields.persistAndFlush(field));
                }))
                .map(FieldView::of));
    }

    /** 409 naming the field that has this prefix or block already (the database would only name its constraint). */
    private static void requireOwnNumbering(Field field, List<Field> all) {
        for (Field other : all) {
            boolean same = !other.code.equals(field.code) && (field.prefix != null ? field.prefix.equals(other.prefix)
                    : field.numberBlock != null && field.numberBlock.equals(other.numberBlock));
            if (same) {
                throw Problem.conflict(CatalogProblems.class,
                        w -> w.numberingOfOtherField(field.code, other.code, field.prefix, field.numberBlock));
            }
        }
    }

    @WithSession
    public Uni<List<ProcedureView>> procedures(String centerCode, String query, String fieldCode, int limit) {
        return centers.require(centerCode).chain(center -> fields.byId(center.id).chain(byId -> {
            Uni<Long> fieldId = fieldCode == null || fieldCode.isBlank()
                    ? Uni.createFrom().nullItem()
                    : fields.require(center.id, fieldCode).map(f -> f.id);
            return fieldId.chain(id -> procedures.search(center.id, query == null ? "" : query, id, limit))
                    .map(list -> list.stream().map(p -> ProcedureView.of(p, byId.get(p.fieldId).code)).toList());
        }));
    }

    @WithSession
    public Uni<List<PriorityGroupView>> priorityGroups(String centerCode) {
        return centers.require(centerCode)
                .chain(center -> groups.ofCenter(center.id))
                .map(list -> list.stream().map(PriorityGroupView::of).toList());
    }

    public Uni<PriorityGroupView> putPriorityGroup(String centerCode, String code, PriorityGroupSettings settings) {
        requireCode(GROUP_CODE, code, w -> w.invalidGroupCode(code, GROUP_CODE.pattern()));
        return journal.transaction(tx -> managedCenter(centerCode)
                // locked: two edits at once would each write every column they read, the later undoing the other
                .chain(center -> UniqueKey.row(groups.find("centerId = ?1 and code = ?2", center.id, code)
                                .withLock(LockModeType.PESSIMISTIC_WRITE))
                        .chain(existing -> {
                            PriorityGroupView before = existing == null ? null : PriorityGroupView.of(existing);
                            PriorityGroup group = existing != null ? existing : new PriorityGroup();
                            group.centerId = center.id;
                            group.code = code;
                            if (settings.names() != null || group.names == null) {
                                group.names = Map.copyOf(withVietnamese(settings.names()));
                            }
                            if (settings.icon() != null) {
                                group.icon = settings.icon();
                            }
                            if (settings.displayOrder() != null) {
                                group.displayOrder = settings.displayOrder();
                            }
                            if (settings.active() != null) {
                                group.active = settings.active();
                            }
                            Uni<Void> told = PriorityGroupView.of(group).equals(before) ? Uni.createFrom().voidItem()
                                    : tx.record(center, new LayoutChanged());
                            return told.chain(() -> groups.persistAndFlush(group));
                        }))
                .map(PriorityGroupView::of));
    }

    /** The center, after checking the signed-in user may change its settings. */
    Uni<Center> managedCenter(String centerCode) {
        return centers.require(centerCode).call(access::actorIn);
    }

    static Field newField(Center center, String code) {
        Field field = new Field();
        field.centerId = center.id;
        field.code = code;
        return field;
    }

    /** Copies the settings onto the field; unset values keep what the field had. */
    static void apply(Field field, FieldSettings s) {
        if (s.prefix() != null && s.numberBlock() != null) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.prefixOrBlock());
        }
        if (s.prefix() == null && s.numberBlock() == null && field.prefix == null && field.numberBlock == null) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.fieldNeedsPrefix());
        }
        // names left out keep the field's; given, they replace them all and need the Vietnamese one
        if (s.names() != null || field.names == null) {
            field.names = Map.copyOf(withVietnamese(s.names()));
        }
        if (s.prefix() != null) {
            field.prefix = s.prefix();
            field.numberBlock = null;
        } else if (s.numberBlock() != null) {
            field.numberBlock = s.numberBlock();
            field.prefix = null;
        }
        if (s.pictogram() != null) {
            field.pictogram = s.pictogram();
        }
        if (s.colour() != null) {
            field.colour = s.colour().toLowerCase();
        }
        if (s.serviceMinutes() != null) {
            field.serviceMinutes = s.serviceMinutes();
        }
        if (s.dailyCap() != null) {
            // left out keeps the cap, so "no cap" needs a value of its own
            field.dailyCap = s.dailyCap() == 0 ? null : s.dailyCap();
        }
        if (s.active() != null) {
            field.active = s.active();
        }
        if (s.displayOrder() != null) {
            field.displayOrder = s.displayOrder();
        }
    }

    private static Map<String, String> withVietnamese(Map<String, String> names) {
        if (names == null || names.get("vi") == null || names.get("vi").isBlank()) {
            throw Problem.badRequest(CatalogProblems.class, w -> w.needsVietnameseName());
        }
        return names;
    }

    static void requireFieldCode(String code) {
        requireCode(FIELD_CODE, code, w -> w.invalidFieldCode(code, FIELD_CODE.pattern()));
    }

    private static void requireCode(Pattern pattern, String code, Function<CatalogProblems, String> invalid) {
        if (code == null || !pattern.matcher(code).matches()) {
            throw Problem.badRequest(CatalogProblems.class, invalid);
        }
    }
}
