package io.musubi.opportunity;

import io.micronaut.data.model.Pageable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What the search indexer reads from the needs and capacity tables alike. */
interface ListingRows<E> {
    List<E> findByIdIn(Collection<UUID> ids);

    List<E> findByIdGreaterThan(UUID after, Pageable pageable);

    List<E> findAll(Pageable pageable);

    List<UUID> findIdByUpdatedAtGreaterThanEquals(Instant since);

    List<E> findByCompanyIdOrderByUpdatedAtDesc(UUID companyId);
}
