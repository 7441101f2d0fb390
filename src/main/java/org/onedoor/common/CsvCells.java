package org.onedoor.common;

/**
 * Text for a CSV cell that a spreadsheet will not run. Excel and LibreOffice take a cell that
 * begins with = + - @ (or a tab or carriage return before them) as a formula, and names in our
 * files are typed by managers of other centers: a counter labelled {@code =HYPERLINK(…)} would run
 * on the province's computer. Such text gets a leading apostrophe, which spreadsheets show as
 * text; numbers are left as they are.
 */
public final class CsvCells {

    /**
     * Written first in every CSV file: Excel, opened by a double click, reads a file without it in
     * the computer's ANSI code page, and "Lĩnh vực Hộ tịch" comes out garbled.
     */
    public static final char UTF8_MARK = '\uFEFF';

    private CsvCells() {
    }

    public static Object safe(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
