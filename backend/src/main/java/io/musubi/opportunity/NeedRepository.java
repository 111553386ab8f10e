package io.musubi.opportunity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NeedRepository extends CrudRepository<Need, UUID> {
    List<Need> findByIdIn(Collection<UUID> ids);

    List<Need> findByIdGreaterThan(UUID after, Pageable pageable);

    List<Need> findAll(Pageable pageable);

    List<UUID> findIdByUpdatedAtGreaterThanEquals(Instant since);

    List<Need> findByCompanyIdOrderByUpdatedAtDesc(UUID companyId);
}
