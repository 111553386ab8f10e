package io.musubi.introduction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.AccountService;
import io.musubi.company.CompanyService;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Coordinators (and admins) introduce companies and record how it went; the two companies can read theirs. */
@Singleton
class IntroductionService {
    private final IntroductionRepository introductions;
    private final IntroductionEventRepository events;
    private final CompanyService companies;
    private final NeedService needs;
    private final AccountService accounts;

    IntroductionService(IntroductionRepository introductions, IntroductionEventRepository events,
                        CompanyService companies, NeedService needs, AccountService accounts) {
        this.introductions = introductions;
        this.events = events;
        this.companies = companies;
        this.needs = needs;
        this.accounts = accounts;
    }

    @Serdeable
    record CompanyRef(UUID id, Localized names) {
    }

    @Serdeable
    record NeedRef(UUID id, Localized titles) {
    }

    @Serdeable
    record Person(UUID id, String displayName) {
    }

    @Serdeable
    record Event(String status, @Nullable String note, Instant at, Person by) {
    }

    @Serdeable
    record View(UUID id, CompanyRef companyA, CompanyRef companyB, @Nullable NeedRef need, @Nullable String note,
                String status, List<Event> history, Person coordinator, Instant createdAt, Instant updatedAt) {
    }

    @Transactional
    View introduce(Actor actor, IntroductionRequests.Create request) {
        actor.requireRole(Role.COORDINATOR, Role.ADMIN);
        if (request.companyA().equals(request.companyB())) {
            throw ApiException.invalid("companyB", "same", "must be another company than companyA");
        }
        company(request.companyA(), "companyA");
        company(request.companyB(), "companyB");
        if (request.needId() != null) {
            Need need = needs.row(request.needId()).orElseThrow(() -> ApiException.invalid("needId", "unknown",
                    "is not a need"));
            if (!need.companyId().equals(request.companyA()) && !need.companyId().equals(request.companyB())) {
                throw ApiException.invalid("needId", "unrelated", "belongs to neither company");
            }
        }
        Instant now = now();
        Introduction saved = introductions.save(new Introduction(UUID.randomUUID(), actor.userId(),
                request.companyA(), request.companyB(), request.needId(), Strings.blankToNull(request.note()),
                Introduction.Status.INTRODUCED, now, now));
        events.save(new IntroductionEvent(UUID.randomUUID(), saved.id(), Introduction.Status.INTRODUCED,
                Strings.blankToNull(request.note()), actor.userId(), now));
        return view(saved);
    }

    @Transactional
    View changeStatus(Actor actor, UUID id, IntroductionRequests.StatusChange request) {
        actor.requireRole(Role.COORDINATOR, Role.ADMIN);
        Introduction existing = introductions.findById(id).orElseThrow(() -> ApiException.notFound("Introduction "
                + id));
        if (!actor.isAdmin() && !existing.coordinatorId().equals(actor.userId())) {
            throw Actor.forbidden("Only the coordinator who made the introduction follows it up");
        }
        Instant now = now();
        Introduction changed = introductions.update(new Introduction(id, existing.coordinatorId(),
                existing.companyA(), existing.companyB(), existing.needId(), existing.note(), request.status(),
                existing.createdAt(), now));
        events.save(new IntroductionEvent(UUID.randomUUID(), id, request.status(), Strings.blankToNull(request.note()),
                actor.userId(), now));
        return view(changed);
    }

    @Transactional(readOnly = true)
    List<View> list(Actor actor) {
        List<Introduction> rows = switch (actor.role()) {
            case ADMIN -> introductions.latest();
            case COORDINATOR -> introductions.findByCoordinatorIdOrderByUpdatedAtDesc(actor.userId());
            case SME_MEMBER, LARGE_FIRM_MEMBER -> introductions.involving(actor.requireCompany());
            default -> throw Actor.forbidden("Introductions are for coordinators and the companies introduced");
        };
        return rows.stream().map(this::view).toList();
    }

    private void company(UUID id, String field) {
        if (companies.summary(id).isEmpty()) {
            throw ApiException.invalid(field, "unknown", "is not a company");
        }
    }

    private View view(Introduction i) {
        List<IntroductionEvent> history = events.findByIntroductionIdOrderByAt(i.id());
        Map<UUID, String> names = accounts.displayNames(history.stream().map(IntroductionEvent::byUserId)
                .collect(java.util.stream.Collectors.toSet()).stream().toList());
        Map<UUID, String> coordinator = accounts.displayNames(List.of(i.coordinatorId()));
        return new View(i.id(), ref(i.companyA()), ref(i.companyB()),
                i.needId() == null ? null : needs.row(i.needId()).map(n -> new NeedRef(n.id(), n.titles()))
                        .orElse(null), i.note(), i.status().name(),
                history.stream().map(e -> new Event(e.status().name(), e.note(), e.at(),
                        new Person(e.byUserId(), names.getOrDefault(e.byUserId(), "")))).toList(),
                new Person(i.coordinatorId(), coordinator.getOrDefault(i.coordinatorId(), "")), i.createdAt(),
                i.updatedAt());
    }

    private CompanyRef ref(UUID company) {
        return new CompanyRef(company, companies.summary(company).map(CompanyService.Summary::names)
                .orElse(Localized.EMPTY));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
