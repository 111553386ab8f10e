package io.musubi.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<User, UUID> {
    java.util.List<User> findByIdIn(java.util.Collection<UUID> ids);

    @Query("SELECT * FROM app_user WHERE lower(email) = lower(:email)")
    Optional<User> findByEmailIgnoringCase(String email);

    /** Only while the hash is still {@code current}, so a password changed meanwhile stays changed. */
    @Query("UPDATE app_user SET password_hash = :replacement WHERE id = :id AND password_hash = :current")
    void replacePasswordHash(UUID id, String current, String replacement);

    @Query("UPDATE app_user SET language = :language WHERE id = :id")
    int updateLanguage(UUID id, String language);

    @Query("UPDATE app_user SET password_hash = :hash WHERE id = :id")
    int updatePasswordHash(UUID id, String hash);

    /** Ends every token issued to the user so far. */
    @Query("UPDATE app_user SET token_version = token_version + 1 WHERE id = :id")
    int raiseTokenVersion(UUID id);

    @Query("SELECT token_version FROM app_user WHERE id = :id")
    Optional<Integer> findTokenVersionById(UUID id);
}
