/**
 * Company profiles: names, texts in ja/zh/en, technologies (taxonomy codes), products, equipment, size figures, the SME
 * class computed by {@code SmeClassifier} (pure: Japan's SME Basic Act), 专精特新 designations, contacts with per-detail
 * visibility, certificates and a logo. It owns the tables {@code company}, {@code certification} and
 * {@code company_logo}, the API {@code /api/companies/**} (except the team, export and deletion endpoints of other
 * features), {@code /api/industries} and {@code /api/certification-standards}, and the {@code companies} search
 * documents ({@code CompanySearchDocuments}). Other features read and write profiles only through its services, one
 * job each: {@code CompanyService} (profiles: {@code find}, {@code summary}, {@code findByReference}, create, update),
 * {@code CompanyImports} (import sources, batches), {@code ProfilePages} (every profile, for exports),
 * {@code Certifications} and {@code CompanyLogos}, and the public records ({@code CompanyView},
 * {@code CompanyRequest}, {@code CompanyKind}, {@code CertificationStandard}); SQL of other features that lists names
 * beside its own rows joins the read view {@code company_directory} (migration V11), never the tables
 * ({@code TableOwnershipTest}). Inside, {@code ProfileWrites} turns a checked request into a row and its outbox entry
 * and {@code CompanyViews} reads a row as the API shows it. Every write stores
 * the row and an outbox entry ({@code AGGREGATE = "company"}) in one transaction; a client sends the version it read
 * and gets 409 if it changed. {@code InquiryCorrespondence} is an interface declared here and implemented by the
 * inquiry feature, so profiles can ask "has this company written to us?" without knowing the inquiry tables.
 * {@code CertificateReminders} notifies a company 30 days before a certificate expires.
 */
package io.musubi.company;
