package io.musubi.match;

import io.micronaut.serde.annotation.Serdeable;
import io.musubi.company.CertificationStandard;
import io.musubi.platform.i18n.Localized;
import io.musubi.taxonomy.Regions;
import io.musubi.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.musubi.search.ListingDocument;

/**
 * Why a candidate fits a subject, in ja, zh and en ("5-axis machining · ISO 13485 valid · Osaka · free Jan–Jun").
 * Pure: compares what the subject asks for with the candidate's search document.
 */
public final class Reasons {
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("yyyy/M/d");

    @Serdeable
    public record Reason(String code, Localized text) {
    }

    private Reasons() {
    }

    static List<Reason> of(Subject subject, ListingDocument candidate, Taxonomy taxonomy, Regions regions) {
        List<Reason> reasons = new ArrayList<>();
        List<String> technologies = candidate.technologies();
        int shown = 0;
        for (String code : subject.technologies()) {
            if (technologies.contains(code) && shown < 3) {
                taxonomy.term(code).ifPresent(t -> reasons.add(new Reason("technology", t.labels())));
                shown++;
            }
        }
        List<String> certificates = candidate.certifications();
        for (String standard : subject.certifications()) {
            if (certificates.contains(standard)) {
                String name = CertificationStandard.fromCode(standard).map(s -> s.labels().en().replaceAll(" \\(.*", ""))
                        .orElse(standard);
                reasons.add(new Reason("certification", new Localized(name + " 有効", name + " 有效", name + " valid")));
            }
        }
        String region = candidate.region();
        String country = candidate.country();
        if (region != null && (subject.regions().contains(region) || region.equals(subject.region()))) {
            reasons.add(new Reason("region", regions.region(region).map(Regions.Region::labels)
                    .orElse(new Localized(region, region, region))));
        } else if (region != null && regions.neighbours(subject.region()).contains(region)) {
            Localized place = regions.region(region).map(Regions.Region::labels)
                    .orElse(new Localized(region, region, region));
            reasons.add(new Reason("region", new Localized("近隣の" + place.ja(), "邻近的" + place.zh(),
                    "neighbouring " + place.en())));
        } else if (country != null && subject.regions().contains(country)) {
            reasons.add(new Reason("region", country(country)));
        }
        if (candidate.availableFrom() != null && candidate.availableTo() != null) {
            LocalDate start = LocalDate.parse(candidate.availableFrom());
            LocalDate end = LocalDate.parse(candidate.availableTo());
            reasons.add(new Reason("window", new Localized("空き " + JA.format(start) + "〜" + JA.format(end),
                    "可用 " + start + " 至 " + end, "free " + EN.format(start) + " – " + EN.format(end))));
        }
        String smeClass = candidate.smeClass();
        if ("SMALL_ENTERPRISE".equals(smeClass)) {
            reasons.add(new Reason("sme_class", new Localized("小規模企業者", "小规模企业", "small enterprise")));
        } else if ("SME".equals(smeClass)) {
            reasons.add(new Reason("sme_class", new Localized("中小企業", "中小企业", "SME")));
        }
        if (candidate.littleGiantYear() != null) {
            reasons.add(new Reason("designation", new Localized("専精特新「小巨人」", "专精特新“小巨人”",
                    "national 'little giant' SRDI")));
        } else if (candidate.srdiProvincialYear() != null) {
            reasons.add(new Reason("designation", new Localized("専精特新", "专精特新", "SRDI enterprise")));
        }
        if (candidate.isVerified()) {
            reasons.add(new Reason("verified", new Localized("確認済み企業", "已认证企业", "verified company")));
        }
        if (shown == 0) {
            reasons.add(0, new Reason("text", new Localized("内容が一致", "内容相符", "description matches")));
        }
        return reasons;
    }

    static Reason mutual() {
        return new Reason("mutual", new Localized("相互に関心あり", "双方都有兴趣", "mutual interest"));
    }

    static Reason interestedInYou() {
        return new Reason("mutual", new Localized("先方が関心あり", "对方有兴趣", "interested in you"));
    }

    private static Localized country(String code) {
        Locale country = new Locale("", code);
        return new Localized(country.getDisplayCountry(Locale.JAPANESE), country.getDisplayCountry(Locale.CHINESE),
                country.getDisplayCountry(Locale.ENGLISH));
    }
}
