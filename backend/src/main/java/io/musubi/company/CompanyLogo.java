package io.musubi.company;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("company_logo")
record CompanyLogo(@Id UUID companyId, String contentType, byte[] content, Instant updatedAt) {
}
