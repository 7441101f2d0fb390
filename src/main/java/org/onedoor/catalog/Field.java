package org.onedoor.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A procedure field ("lĩnh vực"): what a citizen picks at the kiosk, and what a counter serves. */
@Entity
public class Field {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long centerId;
    public String code;

    /** Names by language code: {"vi": "Hộ tịch", "en": "Civil status", "hmn": …}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;

    /** Letter prefix of the ticket code (A023), or null when the field uses a number block. */
    public String prefix;

    /** Thousands block of the ticket code (1 gives 1001…1999), or null when it uses a prefix. */
    public Integer numberBlock;

    public String pictogram = "generic";
    public String colour = "#1565c0";
    public int serviceMinutes = 10;
    public Integer dailyCap;
    public boolean active = true;
    public int displayOrder;

    /** The code printed on the ticket for a number of this field: A023 or 1023. */
    public String ticketCode(int number) {
        return code(prefix, numberBlock, number);
    }

    /** The code of a number under a numbering (a prefix, or else a number block), as it is or as it was. */
    public static String code(String prefix, Integer numberBlock, int number) {
        if (prefix != null) {
            // three digits at least, as String.format("%03d") would, without parsing a format each time
            String digits = Integer.toString(number);
            return digits.length() >= 3 ? prefix + digits : prefix + "000".substring(digits.length()) + digits;
        }
        return String.valueOf(numberBlock * 1000 + number);
    }

    /** The most tickets this field may issue in a day: its cap, and 999 for a number block. */
    public int maxNumber() {
        return dailyCap != null ? Math.min(dailyCap, numberLimit()) : numberLimit();
    }

    /** The highest number its codes can show: 999 in a number block (1001-1999), 9999 after a prefix. */
    public int numberLimit() {
        return numberBlock != null ? 999 : 9999;
    }

    /** A copy of its values, attached to no session: to preview a change, or to share it between requests. */
    public Field copy() {
        Field c = new Field();
        c.id = id;
        c.centerId = centerId;
        c.code = code;
        c.names = names;
        c.prefix = prefix;
        c.numberBlock = numberBlock;
        c.pictogram = pictogram;
        c.colour = colour;
        c.serviceMinutes = serviceMinutes;
        c.dailyCap = dailyCap;
        c.active = active;
        c.displayOrder = displayOrder;
        return c;
    }

    public String name(String language) {
        return Names.pick(names, language);
    }
}
