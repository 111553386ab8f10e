package io.musubi.company;

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
}
