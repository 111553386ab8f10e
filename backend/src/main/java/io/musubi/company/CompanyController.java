package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "companies")
class CompanyController {
    private final CompanyService companies;
    private final Certifications certifications;
    private final CompanyLogos logos;
    private final ContactDisclosure contacts;

    CompanyController(CompanyService companies, Certifications certifications, CompanyLogos logos,
                      ContactDisclosure contacts) {
        this.companies = companies;
        this.certifications = certifications;
        this.logos = logos;
        this.contacts = contacts;
    }

    @Post("/companies")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Register a company profile (admins and organisers; members get theirs at sign-up)")
    HttpResponse<CompanyView> create(@Valid @Body CompanyRequest request, @Nullable Authentication user) {
        CompanyView created = companies.create(Actor.of(user), request);
        return HttpResponse.created(created, URI.create("/api/companies/" + created.id()));
    }

    @Get("/companies/{id}")
    @Operation(summary = "Read a company profile, with its certificates and SME classification; contact details "
            + "as far as the company shows them to this reader")
    CompanyView get(UUID id, @Nullable Authentication user) {
        CompanyView view = companies.find(id).orElseThrow(() -> ApiException.notFound("Company " + id));
        return contacts.forReader(view, user == null ? null : Actor.of(user));
    }

    @Put("/companies/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Replace a company profile; send the version you read to detect concurrent changes")
    CompanyView update(UUID id, @Valid @Body CompanyRequest request, @Nullable Authentication user) {
        return companies.update(Actor.of(user), id, request);
    }

    @Post("/companies/{id}/verification")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Mark a company verified or not (admins)")
    CompanyView verify(UUID id, @Valid @Body VerificationRequest request, @Nullable Authentication user) {
        return companies.setVerified(Actor.of(user), id, request.verified());
    }

    @Serdeable
    record VerificationRequest(@NotNull(message = "is required") Boolean verified) {
    }

    @Post(value = "/companies/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Upload the company's logo or photo: PNG, JPEG or WebP, at most 1 MB")
    CompanyView uploadLogo(UUID id, @Part("file") CompletedFileUpload file, @Nullable Authentication user)
            throws IOException {
        if (file.getSize() > CompanyLogos.MAX_BYTES) {
            throw ApiException.invalid("file", "file_size", "must be at most 1 MB");
        }
        return logos.set(Actor.of(user), id, file.getBytes());
    }

    @Delete("/companies/{id}/logo")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void deleteLogo(UUID id, @Nullable Authentication user) {
        logos.delete(Actor.of(user), id);
    }

    @Get("/companies/{id}/logo")
    @Operation(summary = "The company's logo")
    HttpResponse<byte[]> logo(UUID id) {
        CompanyLogos.Logo logo = logos.find(id).orElseThrow(() -> ApiException.notFound("Logo of " + id));
        return HttpResponse.ok(logo.content()).contentType(logo.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Post("/companies/{id}/certifications")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Add a certificate to the company's profile")
    HttpResponse<CertificationView> addCertification(UUID id, @Valid @Body CertificationRequest request,
                                                     @Nullable Authentication user) {
        return HttpResponse.created(certifications.add(Actor.of(user), id, request));
    }

    @Put("/companies/{id}/certifications/{certificationId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change a certificate (its verification starts again)")
    CertificationView updateCertification(UUID id, UUID certificationId, @Valid @Body CertificationRequest request,
                                          @Nullable Authentication user) {
        return certifications.update(Actor.of(user), id, certificationId, request);
    }

    @Delete("/companies/{id}/certifications/{certificationId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void deleteCertification(UUID id, UUID certificationId, @Nullable Authentication user) {
        certifications.delete(Actor.of(user), id, certificationId);
    }

    @Post("/companies/{id}/certifications/{certificationId}/verification")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Verify or reject a certificate (admins)")
    CertificationView verifyCertification(UUID id, UUID certificationId,
                                          @Valid @Body CertificationVerificationRequest request,
                                          @Nullable Authentication user) {
        return certifications.verify(Actor.of(user), id, certificationId, request.status());
    }

    @Serdeable
    record CertificationVerificationRequest(@NotNull(message = "is required") String status) {
    }

    @Get("/industries")
    @Operation(summary = "The industry classification with labels in ja, zh and en")
    List<IndustryView> industries() {
        return Arrays.stream(Industry.values()).map(i -> new IndustryView(i.name(), i.jsic(), i.labels())).toList();
    }

    @Get("/certification-standards")
    @Operation(summary = "The certification standards with labels in ja, zh and en")
    List<StandardView> certificationStandards() {
        return Arrays.stream(CertificationStandard.values()).map(s -> new StandardView(s.name(), s.labels()))
                .toList();
    }

    @Serdeable
    record IndustryView(String code, String jsic, Localized labels) {
    }

    @Serdeable
    record StandardView(String code, Localized labels) {
    }
}
