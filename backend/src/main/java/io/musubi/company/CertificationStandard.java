package io.musubi.company;

import io.musubi.platform.i18n.Localized;

/** Management-system and industry certifications SMEs hold; OTHER carries its own name. */
public enum CertificationStandard {
    ISO_9001("ISO 9001（品質）", "ISO 9001（质量）", "ISO 9001 (quality)"),
    ISO_14001("ISO 14001（環境）", "ISO 14001（环境）", "ISO 14001 (environment)"),
    IATF_16949("IATF 16949（自動車）", "IATF 16949（汽车）", "IATF 16949 (automotive)"),
    ISO_13485("ISO 13485（医療機器）", "ISO 13485（医疗器械）", "ISO 13485 (medical devices)"),
    JIS_Q_9100("JIS Q 9100 / AS9100（航空宇宙）", "AS9100 / JIS Q 9100（航空航天）", "AS9100 / JIS Q 9100 (aerospace)"),
    ISO_45001("ISO 45001（労働安全衛生）", "ISO 45001（职业健康安全）", "ISO 45001 (occupational health and safety)"),
    ISO_27001("ISO/IEC 27001（情報セキュリティ）", "ISO/IEC 27001（信息安全）", "ISO/IEC 27001 (information security)"),
    ISO_50001("ISO 50001（エネルギー）", "ISO 50001（能源）", "ISO 50001 (energy)"),
    ISO_22000("ISO 22000 / FSSC 22000（食品安全）", "ISO 22000 / FSSC 22000（食品安全）",
            "ISO 22000 / FSSC 22000 (food safety)"),
    NADCAP("Nadcap（特殊工程）", "Nadcap（特殊过程）", "Nadcap (special processes)"),
    ECO_ACTION_21("エコアクション21", "生态行动21（EA21）", "Eco Action 21"),
    OTHER("その他", "其他", "Other");

    private final Localized labels;

    CertificationStandard(String ja, String zh, String en) {
        this.labels = new Localized(ja, zh, en);
    }

    public Localized labels() {
        return labels;
    }

    public static java.util.Optional<CertificationStandard> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
