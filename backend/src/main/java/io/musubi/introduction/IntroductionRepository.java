package io.musubi.introduction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IntroductionRepository extends CrudRepository<Introduction, UUID> {
    List<Introduction> findByCoordinatorIdOrderByUpdatedAtDesc(UUID coordinatorId);

    @Query("SELECT * FROM introduction ORDER BY updated_at DESC LIMIT 1000")
    List<Introduction> latest();

    @Query("SELECT * FROM introduction WHERE company_a = :company OR company_b = :company ORDER BY updated_at DESC")
    List<Introduction> involving(UUID company);
}
