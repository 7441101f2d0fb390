package org.onedoor.floor.voice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A time of the week as spoken in Vietnamese, one word a clip: 07:30 on a Tuesday is "bảy giờ ba
 * mươi phút, thứ ba"; 13:00 on a Sunday "mười ba giờ, chủ nhật" (the 24-hour clock, as public
 * announcements use). A closed kiosk says when the center opens again to a citizen who cannot
 * read the screen: the day's name is enough within the week; after a holiday (Tết closes 7–9
 * days) "thứ hai" would name a Monday still inside it, so the date follows: "ngày mười lăm tháng hai".
 */
public final class VietnameseTimes {

    /** The words a spoken time needs beyond the numbers': voice packs ship a clip of each. */
    public static final List<String> WORDS = List.of("giờ", "phút", "thứ", "chủ", "nhật", "ngày", "tháng");

    private VietnameseTimes() {
    }

    public static List<String> words(LocalDateTime at) {
        List<String> words = new ArrayList<>(VietnameseNumbers.words(at.getHour()));
        words.add("giờ");
        if (at.getMinute() > 0) {
            words.addAll(VietnameseNumbers.words(at.getMinute()));
            words.add("phút");
        }
        words.addAll(day(at.getDayOfWeek()));
        return words;
    }

    /** As {@link #words(LocalDateTime)}, with the date too when {@code at} is a week or more after {@code today}. */
    public static List<String> words(LocalDateTime at, LocalDate today) {
        List<String> words = words(at);
        if (!at.toLocalDate().isBefore(today.plusDays(7))) {
            words.add("ngày");
            words.addAll(VietnameseNumbers.words(at.getDayOfMonth()));
            words.add("tháng");
            // the fourth month is "tháng tư", as the fourth day of the week
            words.addAll(at.getMonthValue() == 4 ? List.of("tư") : VietnameseNumbers.words(at.getMonthValue()));
        }
        return words;
    }

    /** Monday is "thứ hai", the second day; Wednesday "thứ tư", as the fourth is said in a date. */
    private static List<String> day(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> List.of("thứ", "hai");
            case TUESDAY -> List.of("thứ", "ba");
            case WEDNESDAY -> List.of("thứ", "tư");
            case THURSDAY -> List.of("thứ", "năm");
            case FRIDAY -> List.of("thứ", "sáu");
            case SATURDAY -> List.of("thứ", "bảy");
            case SUNDAY -> List.of("chủ", "nhật");
        };
    }
}
