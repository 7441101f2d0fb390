package org.onedoor.testing.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Values no endpoint should accept, already encoded for a URL where they go into one. Each is a
 * known way to break a parser or a query: empty, huge, negative, beyond int and long, not a
 * number, odd characters, path tricks, percent-encodings of NUL and of bytes that are not UTF-8.
 */
final class BadValues {

    static final String HUGE_SEGMENT = "x".repeat(3000);

    /** For any path segment: none of them names a real center, ticket, counter, field or file. */
    private static final List<String> PATH_SEGMENTS = List.of("no-such-thing", "%20", "%00", "%FF%FE", "%C3%28",
            "..%2F..%2Fetc%2Fpasswd", "%2E%2E", "a%2Fb", "'%20OR%201=1--", "%3Cscript%3E", "%7B%7D", "-1", "0",
            "2147483648", "9223372036854775808", "1e400", "NaN", "0x10", "%E2%80%AE", "%F0%9F%98%80", "null",
            "undefined", "00000000-0000-0000-0000-000000000000", "6ba7b810-9dad-11d1-80b4-00c04fd430c8x",
            "UPPER-CASE", "%C4%90%C3%80", HUGE_SEGMENT, "1".repeat(400));

    /** For integer path parameters: beyond the range, not a number, or no counter at all. */
    private static final List<String> INTEGER_SEGMENTS = List.of("0", "-1", "-2147483649", "2147483648",
            "99999999999999999999", "1.5", "1e3", "abc", "%00", "+1", "0x1", "%EF%BC%91", "1%20", HUGE_SEGMENT);

    /** For query parameters, whatever their declared type. */
    private static final List<String> QUERY_VALUES = List.of("", "-1", "0", "-9223372036854775809",
            "9223372036854775808", "2147483648", "1e400", "NaN", "abc", "%00", "%FF", "%C3%28", "2026-13-45",
            "9999-99-99", "+999999999-12-31", "x".repeat(2000), "%27%3B--", "%5B%5D", "%7B%7D", "maybe", "1%2C2");

    private BadValues() {
    }

    static String pathSegment(String type, Random random) {
        List<String> from = "integer".equals(type) && random.nextBoolean() ? INTEGER_SEGMENTS : PATH_SEGMENTS;
        return pick(from, random);
    }

    static String queryValue(Random random) {
        return pick(QUERY_VALUES, random);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
