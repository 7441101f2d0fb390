package org.onedoor.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onedoor.common.SearchText;

/** An administrative procedure from the national catalogue, e.g. 1.001193 "Đăng ký khai sinh". */
@Entity
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long centerId;
    public Long fieldId;
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;

    /** Where a fully online procedure can be done; null when it needs a visit. */
    public String onlineUrl;

    public String searchText;
    public boolean active = true;

    /** Keeps the folded search text in step with the code and names. */
    public void refreshSearchText() {
        StringBuilder text = new StringBuilder(code);
        names.values().forEach(name -> text.append(' ').append(name));
        searchText = SearchText.fold(text.toString());
    }
}
