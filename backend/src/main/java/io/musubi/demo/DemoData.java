package io.musubi.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.musubi.company.CompanyRequest;
import io.musubi.company.CompanyService;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data on start when {@code musubi.demo-data.enabled}: METI's 300 notable SMEs of 2023
 * (demo/company300.csv, MIT-licensed, see demo/company300.LICENSE) and about twenty richer profiles written for the
 * demo in ja, zh and en. Rows already present (by source and key) are left alone.
 */
@Singleton
@Requires(property = "musubi.demo-data.enabled", value = "true")
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String COMPANY300 = "company300";
    static final String PROFILES = "demo";

    /** The selection categories of the METI list, in ja / zh / en. */
    private static final Map<String, String[]> CATEGORIES = Map.of(
            "事業再構築・生産性向上", new String[] {"业务重组与生产率提升", "business restructuring and productivity"},
            "海外展開", new String[] {"海外拓展", "overseas expansion"},
            "人への投資・環境整備", new String[] {"人才投资与环境建设", "investment in people and the workplace"},
            "DX", new String[] {"数字化转型（DX）", "digital transformation (DX)"},
            "GX", new String[] {"绿色转型（GX）", "green transformation (GX)"});

    private final CompanyService companies;

    DemoData(CompanyService companies) {
        this.companies = companies;
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
            if (!companies.existsFromSource(COMPANY300, key)) {
                companies.upsertFromSource(COMPANY300, key, fromCompany300(row));
                added++;
            }
        }
        for (DemoProfile profile : profiles()) {
            if (!companies.existsFromSource(PROFILES, profile.key())) {
                companies.upsertFromSource(PROFILES, profile.key(), profile.request());
                added++;
            }
        }
        return added;
    }

    static CompanyRequest fromCompany300(CSVRecord row) {
        String category = row.get("category");
        String[] translated = CATEGORIES.getOrDefault(category, new String[] {category, category});
        String url = row.get("url").strip();
        return new CompanyRequest(null, new CompanyRequest.Names(row.get("name").strip(), null, null),
                new CompanyRequest.Descriptions(
                        "経済産業省「はばたく中小企業・小規模事業者300社」（2023年）選定：" + category,
                        "入选日本经济产业省“2023年度300家优秀中小企业与小规模企业”：" + translated[0],
                        "Selected for METI's 300 notable SMEs and small businesses of 2023: " + translated[1]),
                List.of(), "JP", row.get("pref").strip(), "UNCLASSIFIED", null, null, null,
                url.matches("https?://[^\\s<>\"]+") ? url : null);
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

    static List<DemoProfile> profiles() {
        try {
            return new ObjectMapper().readValue(resource("demo/profiles.json"), new TypeReference<>() {
            });
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

    /** One entry of demo/profiles.json: a request plus the key that identifies it across loads. */
    record DemoProfile(String key, CompanyRequest.Names names, CompanyRequest.Descriptions descriptions,
                       List<String> technologies, String country, String region, String industry,
                       CompanyRequest.Money capital, Integer employees, Integer foundedYear, String website) {
        CompanyRequest request() {
            return new CompanyRequest(null, names, descriptions, technologies, country, region, industry, capital,
                    employees, foundedYear, website);
        }
    }
}
