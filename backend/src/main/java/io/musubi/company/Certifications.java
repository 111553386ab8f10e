package io.musubi.company;

import static io.musubi.platform.Strings.blankToNull;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.outbox.Outbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A company's certificates: members add, change and remove them (each change back to unverified), admins verify or
 * reject them. Every change re-indexes the company, whose documents carry its valid certificates.
 */
@Singleton
public class Certifications {
    private final CertificationRepository certifications;
    private final CompanyViews companies;
    private final Outbox outbox;
    private final Clock clock;

    Certifications(CertificationRepository certifications, CompanyViews companies, Outbox outbox, Clock clock) {
        this.certifications = certifications;
        this.companies = companies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CertificationView add(Actor actor, UUID companyId, CertificationRequest request) {
        companies.requireExists(companyId);
        actor.requireMemberOrAdmin(companyId);
        CertificationStandard standard = check(request);
        Instant now = now();
        Certification saved = certifications.save(new Certification(UUID.randomUUID(), 0L, companyId, standard,
                blankToNull(request.name()), blankToNull(request.number()), blankToNull(request.issuer()),
                request.validUntil(), Certification.Verification.UNVERIFIED, now, now));
        outbox.changed(CompanyService.AGGREGATE, companyId);
        return CertificationView.of(saved, LocalDate.now(clock));
    }

    @Transactional
    public CertificationView update(Actor actor, UUID companyId, UUID id, CertificationRequest request) {
        Certification existing = find(companyId, id);
        actor.requireMemberOrAdmin(companyId);
        CertificationStandard standard = check(request);
        Certification saved = certifications.update(new Certification(id, existing.version(), companyId, standard,
                blankToNull(request.name()), blankToNull(request.number()), blankToNull(request.issuer()),
                request.validUntil(), Certification.Verification.UNVERIFIED, existing.createdAt(), now()));
        outbox.changed(CompanyService.AGGREGATE, companyId);
        return CertificationView.of(saved, LocalDate.now(clock));
    }

    @Transactional
    public void delete(Actor actor, UUID companyId, UUID id) {
        Certification existing = find(companyId, id);
        actor.requireMemberOrAdmin(companyId);
        certifications.delete(existing);
        outbox.changed(CompanyService.AGGREGATE, companyId);
    }

    @Transactional
    public CertificationView verify(Actor actor, UUID companyId, UUID id, String status) {
        Certification existing = find(companyId, id);
        actor.requireRole(Role.ADMIN);
        Certification.Verification verification;
        try {
            verification = Certification.Verification.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "unknown", "must be one of VERIFIED, REJECTED, UNVERIFIED");
        }
        Certification saved = certifications.update(new Certification(id, existing.version(), companyId,
                existing.standard(), existing.name(), existing.number(), existing.issuer(), existing.validUntil(),
                verification, existing.createdAt(), now()));
        outbox.changed(CompanyService.AGGREGATE, companyId);
        return CertificationView.of(saved, LocalDate.now(clock));
    }

    private Certification find(UUID companyId, UUID id) {
        return certifications.findById(id).filter(c -> c.companyId().equals(companyId))
                .orElseThrow(() -> ApiException.notFound("Certification " + id));
    }

    private static CertificationStandard check(CertificationRequest request) {
        CertificationStandard standard = CertificationStandard.fromCode(request.standard()).orElseThrow(() ->
                ApiException.invalid("standard", "unknown", "must be one of " + List.of(CertificationStandard.values())));
        if (standard == CertificationStandard.OTHER && (request.name() == null || request.name().isBlank())) {
            throw ApiException.invalid("name", "required", "names the standard when it is OTHER");
        }
        return standard;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
