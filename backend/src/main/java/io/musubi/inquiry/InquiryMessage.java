package io.musubi.inquiry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("inquiry_message")
record InquiryMessage(@Id UUID id, UUID inquiryId, UUID authorUserId, UUID authorCompanyId, String body,
                      Instant createdAt) {
}
