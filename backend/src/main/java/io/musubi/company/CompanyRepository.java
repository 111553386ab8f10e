package io.musubi.company;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompanyRepository extends CrudRepository<Company, UUID> {
    List<Company> findByIdIn(Collection<UUID> ids);

    List<Company> findByIdGreaterThan(UUID after, Pageable pageable);

    List<Company> findAll(Pageable pageable);

    List<UUID> findIdByUpdatedAtGreaterThanEquals(Instant since);

    Optional<Company> findBySourceAndSourceKey(String source, String sourceKey);

    List<Company> findBySourceAndSourceKeyIn(String source, Collection<String> sourceKeys);

    List<Company> findBySourceKey(String sourceKey);

    /** Profiles whose name in any language is {@code name}, ignoring case (at most five). */
    @Query("""
            SELECT * FROM company WHERE lower(name_ja) = lower(:name) OR lower(name_zh) = lower(:name)
              OR lower(name_en) = lower(:name) LIMIT 5""")
    List<Company> findByAnyName(String name);

    /** Verification is the admins' and does not change the profile's version (members' edits stay valid). */
    @Query("UPDATE company SET verified = :verified WHERE id = :id")
    int updateVerified(UUID id, boolean verified);

    @Query("SELECT company_id FROM company_logo WHERE company_id IN (:ids)")
    List<UUID> idsWithLogo(Collection<UUID> ids);
}
