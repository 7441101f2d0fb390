package org.onedoor.report;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures on the report pages as the page's language writes them: "4,25" phút in Vietnamese,
 * "4.25" min in English. The CSV and XLSX exports keep the machine's form.
 */
@TemplateExtension
public class LocalFigures {

    private LocalFigures() {
    }

    /** {@code {g.avgWaitMinutes.local}}: at most two decimals, in the page's locale (Vietnamese without one). */
    static String local(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale instanceof Locale l ? l : Locale.forLanguageTag("vi"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
