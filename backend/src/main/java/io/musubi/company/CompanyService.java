package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.outbox.Outbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes profiles: the row and its outbox entry in one transaction, so the index can never miss a change.
 * Who may write: a company's own members and admins; admins and organisers may register companies. Imports are
 * {@link CompanyImports}, certificates {@link Certifications}, logos {@link CompanyLogos}.
 */
@Singleton
public class CompanyService {
    public static final String AGGREGATE = "company";

    private final CompanyRepository repository;
    private final ProfileWrites writes;
    private final CompanyViews views;
    private final Outbox outbox;

    CompanyService(CompanyRepository repository, ProfileWrites writes, CompanyViews views, Outbox outbox) {
        this.repository = repository;
        this.writes = writes;
        this.views = views;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public Optional<CompanyView> find(UUID id) {
        return repository.findById(id).map(views::of);
    }

    /** Names of companies, for other features' views (threads, needs). */
    @Transactional(readOnly = true)
    public Optional<Summary> summary(UUID id) {
        return repository.findById(id).map(Summary::of);
    }

    /** Summaries of several companies at once, for search documents. */
    @Transactional(readOnly = true)
    public Map<UUID, Summary> summaries(Collection<UUID> ids) {
        Map<UUID, Summary> result = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Company c : repository.findByIdIn(ids)) {
                result.put(c.id(), Summary.of(c));
            }
        }
        return result;
    }

    /**
     * The companies a reference in an organiser's file may mean: the profile with that id, else those imported
     * under that key, else those with that name in any language (ignoring case; at most five). Several answers
     * mean the reference is ambiguous.
     */
    @Transactional(readOnly = true)
    public List<Summary> findByReference(String reference) {
        String text = reference.strip();
        try {
            return repository.findById(UUID.fromString(text)).map(Summary::of).stream().toList();
        } catch (IllegalArgumentException notAnId) {
            List<Company> bySource = repository.findBySourceKey(text);
            return (bySource.isEmpty() ? repository.findByAnyName(text) : bySource).stream().map(Summary::of)
                    .toList();
        }
    }

    public record Summary(UUID id, CompanyKind kind, Localized names, String country, @Nullable String region,
                          boolean verified) {
        static Summary of(Company c) {
            return new Summary(c.id(), c.kind(), c.names(), c.country(), c.region(), c.verified());
        }
    }

    @Transactional
    public CompanyView create(Actor actor, CompanyRequest request) {
        actor.requireRole(Role.ADMIN, Role.ORGANISER);
        return views.of(writes.insert(request, null, null));
    }

    /** The company a new member signs up with; the caller creates the user in the same transaction. */
    @Transactional
    public CompanyView register(CompanyRequest request) {
        return views.of(writes.insert(request, null, null));
    }

    @Transactional
    public CompanyView update(Actor actor, UUID id, CompanyRequest request) {
        Company existing = repository.findById(id).orElseThrow(() -> ApiException.notFound("Company " + id));
        actor.requireMemberOrAdmin(id);
        writes.check(request);
        ApiException.requireVersion(request.version(), existing.version(), "profile");
        if (request.kind() != existing.kind() && !actor.isAdmin()) {
            throw ApiException.invalid("kind", "immutable", "can be changed by an admin only");
        }
        return views.of(writes.replace(existing, request));
    }

    @Transactional
    public CompanyView setVerified(Actor actor, UUID id, boolean verified) {
        actor.requireRole(Role.ADMIN);
        if (repository.updateVerified(id, verified) == 0) {
            throw ApiException.notFound("Company " + id);
        }
        outbox.changed(AGGREGATE, id);
        return find(id).orElseThrow();
    }
}
