package io.musubi.company;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificationRepository extends CrudRepository<Certification, UUID> {
    List<Certification> findByCompanyIdOrderByCreatedAt(UUID companyId);

    List<Certification> findByCompanyIdIn(Collection<UUID> companyIds);
}
