package io.musubi.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.musubi.account.AccountService;
import io.musubi.event.DemoEvent;
import io.musubi.company.CertificationRequest;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyRequest;
import io.musubi.company.Certifications;
import io.musubi.company.CompanyImports;
import io.musubi.company.CompanyService;
import io.musubi.opportunity.CapacityService;
import io.musubi.opportunity.NeedService;
import io.musubi.opportunity.Texts;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data on start when {@code musubi.demo-data.enabled}: METI's 300 notable SMEs of 2023
 * (demo/company300.csv, MIT-licensed, see demo/company300.LICENSE), about twenty richer SME profiles written for the
 * demo in ja, zh and en (demo/profiles.json), and a small marketplace (demo/marketplace.json): large firms, needs,
 * idle capacity, certificates and one account per role. Rows already present are left alone.
 */
@Singleton
@Requires(property = "musubi.demo-data.enabled", value = "true")
public class DemoData {
    private final Clock clock;
    public static final String DEMO_PASSWORD = "musubi-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String COMPANY300 = "company300";
    static final String PROFILES = "demo";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The selection categories of the METI list, in ja / zh / en. */
    private static final Map<String, String[]> CATEGORIES = Map.of(
            "事業再構築・生産性向上", new String[] {"业务重组与生产率提升", "business restructuring and productivity"},
            "海外展開", new String[] {"海外拓展", "overseas expansion"},
            "人への投資・環境整備", new String[] {"人才投资与环境建设", "investment in people and the workplace"},
            "DX", new String[] {"数字化转型（DX）", "digital transformation (DX)"},
            "GX", new String[] {"绿色转型（GX）", "green transformation (GX)"});

    private final CompanyService companies;
    private final CompanyImports imports;
    private final Certifications certifications;
    private final AccountService accounts;
    private final NeedService needs;
    private final CapacityService capacities;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final DemoEvent demoEvent;

    DemoData(CompanyService companies, CompanyImports imports, Certifications certifications,
             AccountService accounts, NeedService needs, CapacityService capacities,
             Taxonomy taxonomy, Regions regions, DemoEvent demoEvent, Clock clock) {
        this.clock = clock;
        this.demoEvent = demoEvent;
        this.companies = companies;
        this.imports = imports;
        this.certifications = certifications;
        this.accounts = accounts;
        this.needs = needs;
        this.capacities = capacities;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int added = load();
        LOG.info("Demo data: {} profiles added", added);
    }

    public int load() {
        int added = 0;
        for (CSVRecord row : company300()) {
            String key = row.get("name") + "|" + row.get("pref");
            if (!imports.existsFromSource(COMPANY300, key)) {
                imports.upsertFromSource(COMPANY300, key, fromCompany300(row, regions));
                added++;
            }
        }
        JsonNode marketplace = json("demo/marketplace.json");
        List<JsonNode> profiles = new ArrayList<>();
        json("demo/profiles.json").forEach(profiles::add);
        marketplace.path("largeFirms").forEach(profiles::add);
        Map<String, JsonNode> designations = new HashMap<>();
        marketplace.path("designations").forEach(d -> designations.put(d.path("company").asText(), d));
        for (JsonNode profile : profiles) {
            String key = profile.path("key").asText();
            if (!imports.existsFromSource(PROFILES, key)) {
                imports.upsertFromSource(PROFILES, key, request(profile, designations.get(key)));
                added++;
            }
        }
        if (!accounts.exists("admin@musubi.example")) {
            loadMarketplace(marketplace);
        }
        return added;
    }

    /** Accounts, certificates, designations, verification, needs and listings: once, with the admin account. */
    private void loadMarketplace(JsonNode marketplace) {
        LocalDate today = LocalDate.now(clock);
        Map<String, UUID> ids = new HashMap<>();
        java.util.function.Function<String, UUID> company = key -> ids.computeIfAbsent(key, k ->
                imports.idFromSource(PROFILES, k).orElseThrow(() -> new IllegalStateException("no demo " + k)));
        Map<String, Actor> members = new HashMap<>();
        UUID adminId = null;
        UUID organiserId = null;
        for (JsonNode account : marketplace.path("accounts")) {
            Role role = Role.valueOf(account.path("role").asText());
            UUID companyId = account.has("company") ? company.apply(account.path("company").asText()) : null;
            UUID userId = accounts.createUser(account.path("email").asText(), DEMO_PASSWORD,
                    account.path("displayName").asText(), role, companyId);
            if (role == Role.ADMIN) {
                adminId = userId;
            }
            if (role == Role.ORGANISER) {
                organiserId = userId;
            }
            if (companyId != null) {
                members.putIfAbsent(account.path("company").asText(), new Actor(userId, role, companyId));
            }
        }
        Actor admin = new Actor(adminId, Role.ADMIN, null);
        for (JsonNode c : marketplace.path("certifications")) {
            UUID companyId = company.apply(c.path("company").asText());
            var added = certifications.add(admin, companyId, new CertificationRequest(
                    c.path("standard").asText(), null, c.path("number").asText(null), c.path("issuer").asText(null),
                    today.plusDays(c.path("validUntilInDays").asLong())));
            if (!"UNVERIFIED".equals(c.path("verification").asText("UNVERIFIED"))) {
                certifications.verify(admin, companyId, added.id(), c.path("verification").asText());
            }
        }
        for (JsonNode key : marketplace.path("verified")) {
            companies.setVerified(admin, company.apply(key.asText()), true);
        }
        for (JsonNode n : marketplace.path("needs")) {
            Actor owner = members.get(n.path("company").asText());
            Terms terms = terms(n.path("technologies"));
            needs.create(owner, new io.musubi.opportunity.NeedRequest(null, null,
                    titles(n.path("titles")),
                    descriptions(n.path("descriptions")), terms.codes(), terms.free(),
                    strings(n.path("certifications")), n.path("certificationsRequired").asBoolean(false),
                    n.path("quantity").asText(null), today.plusDays(n.path("deadlineInDays").asLong(60)),
                    strings(n.path("preferredRegions")), null, n.path("anonymous").asBoolean(false)));
        }
        for (JsonNode c : marketplace.path("capacities")) {
            Actor owner = members.get(c.path("company").asText());
            capacities.create(owner, new io.musubi.opportunity.CapacityRequest(null, null,
                    io.musubi.opportunity.Capacity.Kind.valueOf(c.path("kind").asText()), titles(c.path("titles")),
                    descriptions(c.path("specifications")), terms(c.path("technologies")).codes(),
                    c.path("country").asText(), c.path("region").asText(null),
                    today.plusDays(c.path("fromInDays").asLong()), today.plusDays(c.path("toInDays").asLong()),
                    c.has("amountPerMonth") ? c.path("amountPerMonth").decimalValue() : null,
                    c.has("unit") ? io.musubi.opportunity.Capacity.Unit.valueOf(c.path("unit").asText()) : null,
                    c.path("terms").asText(null), null));
        }
        Actor organiser = new Actor(organiserId, Role.ORGANISER, null);
        JsonNode fair = marketplace.path("fair");
        List<DemoEvent.Registration> registrations = new ArrayList<>();
        fair.path("participants").forEach(p -> registrations.add(new DemoEvent.Registration(
                p.path("company").asText(), company.apply(p.path("company").asText()), p.path("role").asText(),
                p.path("offers").asText(null), p.path("seeks").asText(null))));
        List<String[]> requests = new ArrayList<>();
        fair.path("requests").forEach(r -> requests.add(new String[] {r.get(0).asText(), r.get(1).asText(),
                r.get(2).asText(), r.get(3).asText(), r.get(4).asText()}));
        List<String[]> past = new ArrayList<>();
        fair.path("pastMeetings").forEach(r -> past.add(new String[] {r.get(0).asText(), r.get(1).asText(),
                r.get(2).asText(), r.get(3).asText(), r.get(4).asText()}));
        Map<String, UUID> memberUsers = new HashMap<>();
        members.forEach((key, actor) -> memberUsers.put(key, actor.userId()));
        demoEvent.loadPast(organiser, memberUsers, registrations, past);
        demoEvent.load(organiser, members, registrations, requests);
        LOG.info("Demo marketplace: {} accounts (their password is in the README), {} needs, {} capacity listings",
                marketplace.path("accounts").size(), marketplace.path("needs").size(),
                marketplace.path("capacities").size());
    }

    static CompanyRequest fromCompany300(CSVRecord row, Regions regions) {
        String category = row.get("category");
        String[] translated = CATEGORIES.getOrDefault(category, new String[] {category, category});
        String url = row.get("url").strip();
        String pref = row.get("pref").strip();
        return new CompanyRequest(null, CompanyKind.SME, new CompanyRequest.Names(row.get("name").strip(), null, null),
                null, new CompanyRequest.Descriptions(
                        "経済産業省「はばたく中小企業・小規模事業者300社」（2023年）選定：" + category,
                        "入选日本经济产业省“2023年度300家优秀中小企业与小规模企业”：" + translated[0],
                        "Selected for METI's 300 notable SMEs and small businesses of 2023: " + translated[1]),
                List.of(), List.of(), null, null, null, "JP",
                regions.resolve("JP", pref).map(Regions.Region::code).orElse(null), "UNCLASSIFIED", null, null,
                null, url.matches("https?://[^\\s<>\"]+") ? url : null, null, null);
    }

    /** A profile from demo JSON: technology words resolve to taxonomy codes, region names to region codes. */
    private CompanyRequest request(JsonNode p, JsonNode designation) {
        Terms terms = terms(p.path("technologies"));
        String country = p.path("country").asText();
        String region = p.path("region").asText(null);
        String regionCode = regions.resolve(country, region).map(Regions.Region::code).orElse(region);
        return new CompanyRequest(null, CompanyKind.valueOf(p.path("kind").asText("SME")),
                JSON.convertValue(p.path("names"), CompanyRequest.Names.class),
                p.has("headlines") ? JSON.convertValue(p.path("headlines"), CompanyRequest.Headlines.class) : null,
                JSON.convertValue(p.path("descriptions"), CompanyRequest.Descriptions.class), terms.codes(),
                terms.free(), strings(p.path("products")), strings(p.path("materials")), null, country, regionCode,
                p.path("industry").asText(),
                p.has("capital") ? JSON.convertValue(p.path("capital"), CompanyRequest.Money.class) : null,
                intOrNull(p, "employees"), intOrNull(p, "foundedYear"), p.path("website").asText(null),
                p.has("contact") ? JSON.convertValue(p.path("contact"), CompanyRequest.Contact.class) : null,
                designation == null ? null : new CompanyRequest.Designations(intOrNull(designation,
                        "srdiProvincialYear"), intOrNull(designation, "littleGiantYear")));
    }

    record Terms(List<String> codes, List<String> free) {
    }

    private Terms terms(JsonNode words) {
        List<String> codes = new ArrayList<>();
        List<String> free = new ArrayList<>();
        words.forEach(w -> taxonomy.resolve(w.asText()).ifPresentOrElse(
                t -> { if (!codes.contains(t.code())) codes.add(t.code()); }, () -> free.add(w.asText())));
        return new Terms(codes, free);
    }

    private static Texts.Titles titles(JsonNode node) {
        return JSON.convertValue(node, Texts.Titles.class);
    }

    private static Texts.Descriptions descriptions(JsonNode node) {
        return node.isMissingNode() ? null : JSON.convertValue(node, Texts.Descriptions.class);
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        node.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asInt() : null;
    }

    static List<CSVRecord> company300() {
        String csv = resource("demo/company300.csv");
        if (csv.startsWith("\uFEFF")) {
            csv = csv.substring(1);
        }
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String path) {
        try {
            return JSON.readTree(resource(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
