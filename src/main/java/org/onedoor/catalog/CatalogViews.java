package org.onedoor.catalog;

import java.util.Map;

/** The catalogue as the API shows it; ids are the codes. */
public final class CatalogViews {

    private CatalogViews() {
    }

    public record FieldView(String id, String code, Map<String, String> names, String prefix, Integer numberBlock,
            String pictogram, String colour, int serviceMinutes, Integer dailyCap, boolean active, int displayOrder) {

        public static FieldView of(Field f) {
            return new FieldView(f.code, f.code, f.names, f.prefix, f.numberBlock, f.pictogram, f.colour,
                    f.serviceMinutes, f.dailyCap, f.active, f.displayOrder);
        }
    }

    public record ProcedureView(String id, String code, Map<String, String> names, String field, boolean online,
            String onlineUrl, boolean active) {

        public static ProcedureView of(Procedure p, String fieldCode) {
            return new ProcedureView(p.code, p.code, p.names, fieldCode, p.onlineUrl != null, p.onlineUrl, p.active);
        }
    }

    public record PriorityGroupView(String id, String code, Map<String, String> names, String icon, int displayOrder,
            boolean active) {

        public static PriorityGroupView of(PriorityGroup g) {
            return new PriorityGroupView(g.code, g.code, g.names, g.icon, g.displayOrder, g.active);
        }
    }
}
