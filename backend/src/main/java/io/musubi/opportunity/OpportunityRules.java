package io.musubi.opportunity;

import io.musubi.platform.error.ApiError.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Date rules of needs and listings. Pure: the day is handed in. */
final class OpportunityRules {
    private OpportunityRules() {
    }

    /** A window must run forwards and must not lie wholly in the past. */
    static List<FieldError> window(LocalDate from, LocalDate to, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new FieldError("availableTo", "order", "must be after availableFrom"));
        }
        if (to != null && to.isBefore(today)) {
            problems.add(new FieldError("availableTo", "past", "must not be in the past"));
        }
        return problems;
    }

    /** A deadline may not be set in the past (an unchanged old deadline of an existing need may stay). */
    static List<FieldError> deadline(LocalDate deadline, LocalDate previous, LocalDate today) {
        if (deadline != null && deadline.isBefore(today) && !deadline.equals(previous)) {
            return List.of(new FieldError("deadline", "past", "must not be in the past"));
        }
        return List.of();
    }
}
