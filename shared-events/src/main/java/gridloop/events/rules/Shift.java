package gridloop.events.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A grid worker's shift, as the roster keeps it: the ISO days it runs on ({@code 12345} is Monday to Friday) and
 * the minutes of the district's day it covers, [start, end). The one rule of who is on duty when: dispatch assigns
 * by it, the command centre shows who is on duty by it.
 */
public record Shift(String days, int start, int end) {

    public Shift {
        days = days == null ? "" : days;
    }

    public boolean onDutyAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        return runsOn(local.getDayOfWeek()) && minute >= start && minute < end;
    }

    /**
     * When the next shift starts after {@code at} (a shift under way does not count: this is when the worker is
     * next expected), or null for a shift without days.
     */
    public Instant nextStartAfter(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        for (int days = 0; days <= 7; days++) {
            ZonedDateTime day = local.toLocalDate().plusDays(days).atStartOfDay(zone);
            ZonedDateTime begins = day.plusMinutes(start);
            if (runsOn(day.getDayOfWeek()) && begins.isAfter(local)) {
                return begins.toInstant();
            }
        }
        return null;
    }

    private boolean runsOn(DayOfWeek day) {
        return days.indexOf(Character.forDigit(day.getValue(), 10)) >= 0;
    }
}
