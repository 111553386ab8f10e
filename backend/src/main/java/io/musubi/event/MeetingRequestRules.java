package io.musubi.event;

import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The checks a meeting request's fields pass (every problem at once, each naming its field). Pure. */
final class MeetingRequestRules {
    static final int MAX_MESSAGE = 2000;

    private MeetingRequestRules() {
    }

    /** The request's fields, all problems at once; answers its priority. */
    static Priority check(MeetingRequests.Send request, UUID sender) {
        List<FieldError> problems = new ArrayList<>();
        if (request.toParticipantId() == null) {
            problems.add(new FieldError("toParticipantId", "required", "names the participant to meet"));
        } else if (request.toParticipantId().equals(sender)) {
            problems.add(new FieldError("toParticipantId", "self", "is your own registration; ask someone else"));
        }
        Priority priority = null;
        try {
            priority = Priority.parse("priority", request.priority()).orElse(null);
            if (priority == null) {
                problems.add(new FieldError("priority", "required", "must be MUST_MEET or WOULD_LIKE"));
            }
        } catch (ApiException unknown) {
            problems.addAll(unknown.toError().errors());
        }
        if (request.message() != null && request.message().length() > MAX_MESSAGE) {
            problems.add(new FieldError("message", "size", "must be at most " + MAX_MESSAGE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return priority;
    }
}
