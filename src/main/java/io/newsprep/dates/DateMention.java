package io.newsprep.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A date written in a line of text: where it stands ({@code start}..{@code end} in the line), the day, the time
 * and offset when the line gives them, and how it was written ({@link Form}).
 */
public record DateMention(int start, int end, LocalDate date, LocalTime time, ZoneOffset offset, Form form) {

    /** How a date is written. */
    public enum Form {
        /** year first, in digits: 2018-08-25, 2018/08/25, 2018. 8. 25. */
        ISO,
        /** day and month in digits, the year last: 25.08.2018, 08/25/2018 */
        NUMERIC,
        /** a month's name: 22 de outubro de 2010, August 25, 2018 */
        WRITTEN,
        /** year, month and day marked by CJK or Hangul characters: 2018年8月25日, 2018년 8월 25일 */
        CJK,
        /** relative to when the page was saved: 2 hours ago, vor 3 Tagen, 昨天 */
        RELATIVE
    }

    /** ISO 8601: the day, then the time (minutes, or seconds when given) and the offset when known. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        String t = time.getSecond() == 0 ? String.format("%02d:%02d", time.getHour(), time.getMinute())
                : String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        return date + "T" + t + (offset == null ? "" : offset.getId().equals("Z") ? "+00:00" : offset.getId());
    }

    public int length() {
        return end - start;
    }
}
