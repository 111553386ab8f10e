package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.musubi.platform.security.Role;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("app_user")
record User(@Id UUID id, String email, String passwordHash, String displayName, Role role,
            @Nullable UUID companyId, String language, int tokenVersion, Instant createdAt) {
}
