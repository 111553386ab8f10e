package io.musubi.inquiry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InquiryRepository extends CrudRepository<Inquiry, UUID> {
    @Query("SELECT * FROM inquiry WHERE from_company_id = :company OR to_company_id = :company "
            + "ORDER BY last_message_at DESC LIMIT 500")
    List<Inquiry> findInvolving(UUID company);

    @Query("SELECT * FROM inquiry WHERE id = :id FOR UPDATE")
    java.util.Optional<Inquiry> findForUpdate(UUID id);

    @Query("INSERT INTO inquiry_read (inquiry_id, company_id, last_read_at) VALUES (:inquiry, :company, :at) "
            + "ON CONFLICT (inquiry_id, company_id) DO UPDATE SET last_read_at = GREATEST(inquiry_read.last_read_at, "
            + "EXCLUDED.last_read_at)")
    void markRead(UUID inquiry, UUID company, Instant at);
}
