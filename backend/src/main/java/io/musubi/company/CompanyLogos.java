package io.musubi.company;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A company's logo: members upload a PNG, JPEG or WebP image of at most 1 MB, anyone may see it. */
@Singleton
public class CompanyLogos {
    public static final int MAX_BYTES = 1024 * 1024;
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    private final CompanyLogoRepository logos;
    private final CompanyViews companies;
    private final Clock clock;

    CompanyLogos(CompanyLogoRepository logos, CompanyViews companies, Clock clock) {
        this.logos = logos;
        this.companies = companies;
        this.clock = clock;
    }

    public record Logo(String contentType, byte[] content, Instant updatedAt) {
    }

    @Transactional
    public CompanyView set(Actor actor, UUID companyId, byte[] content) {
        companies.requireExists(companyId);
        actor.requireMemberOrAdmin(companyId);
        if (content.length > MAX_BYTES) {
            throw ApiException.invalid("file", "file_size", "must be at most 1 MB");
        }
        String type = ImageTypes.of(content).orElse(null);
        if (type == null || !TYPES.contains(type)) {
            throw ApiException.invalid("file", "file_type", "must be a PNG, JPEG or WebP image");
        }
        CompanyLogo logo = new CompanyLogo(companyId, type, content,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        if (logos.existsById(companyId)) {
            logos.update(logo);
        } else {
            logos.save(logo);
        }
        return companies.of(companyId);
    }

    @Transactional
    public void delete(Actor actor, UUID companyId) {
        companies.requireExists(companyId);
        actor.requireMemberOrAdmin(companyId);
        logos.deleteById(companyId);
    }

    @Transactional(readOnly = true)
    public Optional<Logo> find(UUID companyId) {
        return logos.findById(companyId).map(l -> new Logo(l.contentType(), l.content(), l.updatedAt()));
    }
}
