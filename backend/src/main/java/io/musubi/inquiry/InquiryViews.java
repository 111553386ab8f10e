package io.musubi.inquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The inquiry API's shapes. */
final class InquiryViews {
    private InquiryViews() {
    }

    @Serdeable
    record StartRequest(@NotNull(message = "is required") Inquiry.SubjectType subjectType,
                        @NotNull(message = "is required") UUID subjectId,
                        @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most 5000 characters")
                        String message) {
    }

    @Serdeable
    record MessageRequest(@NotBlank(message = "is required")
                          @Size(max = 5000, message = "must be at most 5000 characters") String body) {
    }

    /** What the inquiry is about; {@code titles} are the company's names for a COMPANY subject. */
    @Serdeable
    record Subject(String type, UUID id, Localized titles) {
    }

    /**
     * The other company; null while it is the hidden firm of an anonymous need, and after it was deleted (then the
     * views say {@code counterpartDeleted}).
     */
    @Serdeable
    record Counterpart(UUID id, Localized names) {
    }

    @Serdeable
    record Summary(UUID id, Subject subject, @Nullable Counterpart counterpart, boolean counterpartDeleted,
                   boolean outgoing, String status,
                   long unread, Instant createdAt, Instant lastMessageAt) {
    }

    @Serdeable
    record Inbox(List<Summary> items, long unreadTotal) {
    }

    @Serdeable
    record Message(UUID id, boolean mine, String authorName, String body, Instant createdAt) {
    }

    @Serdeable
    record Thread(UUID id, Subject subject, @Nullable Counterpart counterpart, boolean counterpartDeleted,
                  boolean outgoing, String status,
                  List<Message> messages, Instant createdAt, Instant lastMessageAt) {
    }

    @Serdeable
    record Unread(long count) {
    }
}
