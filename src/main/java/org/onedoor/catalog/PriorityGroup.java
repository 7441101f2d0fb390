package org.onedoor.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A group served with priority (elderly, disabled, pregnant, small children, meritorious people). */
@Entity
public class PriorityGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long centerId;
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;

    public String icon = "priority";
    public int displayOrder;
    public boolean active = true;

    /** A copy of its values, not attached to any session. */
    public PriorityGroup copy() {
        PriorityGroup c = new PriorityGroup();
        c.id = id;
        c.centerId = centerId;
        c.code = code;
        c.names = names;
        c.icon = icon;
        c.displayOrder = displayOrder;
        c.active = active;
        return c;
    }
}
