package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.musubi.platform.security.Role;
import java.time.Instant;
import java.util.UUID;

/** {@code companyRole} and {@code joinedCompanyAt} are set exactly when {@code companyId} is. */
@MappedEntity("app_user")
record User(@Id UUID id, String email, String passwordHash, String displayName, Role role,
            @Nullable UUID companyId, @Nullable CompanyRole companyRole, @Nullable Instant joinedCompanyAt,
            String language, int tokenVersion, @Nullable Instant emailConfirmedAt, Instant createdAt) {

    boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }
}
