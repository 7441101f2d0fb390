package org.onedoor.center;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** What an admin sends to create or change a center; null leaves a setting as it is. */
public record CenterSettings(
        @Pattern(regexp = "[a-z0-9-]{2,32}", message = "{onedoor.centerCode}") String code,
        @Size(min = 1, max = 200) String name,
        String timeZone,
        LocalTime dayRollover,
        LocalTime opensAt,
        LocalTime closesAt,
        PriorityPolicy priorityPolicy,
        @Min(1) @Max(20) Integer priorityRatio,
        @Min(0) @Max(5) Integer recallsBeforeNoShow,
        @Size(max = 500) String notice,
        Set<DayOfWeek> openDays) {
}
