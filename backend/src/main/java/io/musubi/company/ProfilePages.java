package io.musubi.company;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.BiConsumer;

/** Every profile in id order, a page at a time, for exports of the whole register. */
@Singleton
public class ProfilePages {
    private final CompanyRepository repository;
    private final CompanyViews views;

    ProfilePages(CompanyRepository repository, CompanyViews views) {
        this.repository = repository;
        this.views = views;
    }

    /** Hands each profile to {@code consumer} with the key an export row carries: its import key, else its id. */
    @Transactional(readOnly = true)
    public void forEachProfile(int pageSize, BiConsumer<String, CompanyView> consumer) {
        Pageable page = Pageable.from(0, pageSize, Sort.of(Sort.Order.asc("id")));
        List<Company> rows = repository.findAll(page);
        while (!rows.isEmpty()) {
            for (Company c : rows) {
                String key = "import".equals(c.source()) ? c.sourceKey() : c.id().toString();
                consumer.accept(key, views.of(c));
            }
            if (rows.size() < pageSize) {
                return;
            }
            rows = repository.findByIdGreaterThan(rows.get(rows.size() - 1).id(), page);
        }
    }
}
