package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Classifies a Japanese company by the SME Basic Act (中小企業基本法 Art. 2): an SME if its capital OR its employees
 * stay within the limits of its sector, a small enterprise if its employees stay within the small-enterprise limit.
 * Pure: no framework, no clock. Capital counts only in yen; the Act does not apply to companies outside Japan.
 *
 * <p>Sectors follow the Act's four rows; the JSIC divisions are mapped to them as the SME Agency does at division
 * level. The government ordinance's exceptions (rubber products, software and information processing, hotels) are
 * not modelled: the industry list has no such detail.
 */
public final class SmeClassifier {

    public enum Code { SMALL_ENTERPRISE, SME, LARGE, UNDETERMINED, NOT_APPLICABLE }

    public enum Sector {
        MANUFACTURING_AND_OTHERS(300_000_000L, 300, 20, "製造業その他", "制造业及其他行业", "manufacturing and other industries"),
        WHOLESALE(100_000_000L, 100, 5, "卸売業", "批发业", "wholesale"),
        RETAIL(50_000_000L, 50, 5, "小売業", "零售业", "retail"),
        SERVICES(50_000_000L, 100, 5, "サービス業", "服务业", "services");

        final long capitalLimit;
        final int employeeLimit;
        final int smallEnterpriseLimit;
        final Localized labels;

        Sector(long capitalLimit, int employeeLimit, int smallEnterpriseLimit, String ja, String zh, String en) {
            this.capitalLimit = capitalLimit;
            this.employeeLimit = employeeLimit;
            this.smallEnterpriseLimit = smallEnterpriseLimit;
            this.labels = new Localized(ja, zh, en);
        }
    }

    /** The result with its reason in the three languages. */
    @Serdeable
    public record SmeClass(Code code, @Nullable Sector sector, Localized reason) {
    }

    private SmeClassifier() {
    }

    public static @Nullable Sector sector(Industry industry) {
        return switch (industry) {
            case WHOLESALE -> Sector.WHOLESALE;
            case RETAIL -> Sector.RETAIL;
            case PROFESSIONAL_TECHNICAL, ACCOMMODATION_FOOD, PERSONAL_SERVICES, EDUCATION, MEDICAL_WELFARE,
                 COMPOUND_SERVICES, OTHER_SERVICES -> Sector.SERVICES;
            case PUBLIC_SERVICE, UNCLASSIFIED -> null;
            default -> Sector.MANUFACTURING_AND_OTHERS;
        };
    }

    public static SmeClass classify(String country, Industry industry, @Nullable BigDecimal capital,
                                    @Nullable String currency, @Nullable Integer employees) {
        if (!"JP".equals(country)) {
            return new SmeClass(Code.NOT_APPLICABLE, null, new Localized(
                    "中小企業基本法の定義は日本の企業に適用されます",
                    "《中小企业基本法》（日本）的定义仅适用于日本企业",
                    "The SME Basic Act's definition applies to companies in Japan"));
        }
        Sector sector = sector(industry);
        if (sector == null) {
            return new SmeClass(Code.NOT_APPLICABLE, null, new Localized(
                    "この業種には中小企業基本法の定義が適用されません",
                    "该行业不适用《中小企业基本法》的定义",
                    "The SME Basic Act's definition does not apply to this industry"));
        }
        BigDecimal yen = capital != null && "JPY".equals(currency) ? capital : null;
        Boolean capitalWithin = yen == null ? null : yen.compareTo(BigDecimal.valueOf(sector.capitalLimit)) <= 0;
        Boolean employeesWithin = employees == null ? null : employees <= sector.employeeLimit;
        Localized s = sector.labels;

        if (employees != null && employees <= sector.smallEnterpriseLimit) {
            return new SmeClass(Code.SMALL_ENTERPRISE, sector, new Localized(
                    s.ja() + "で従業員" + employees + "人（" + sector.smallEnterpriseLimit + "人以下）のため小規模企業者",
                    s.zh() + "，员工" + employees + "人（不超过" + sector.smallEnterpriseLimit + "人），属于小规模企业",
                    "In " + s.en() + " with " + employees + " employees (at most " + sector.smallEnterpriseLimit
                            + "): a small enterprise"));
        }
        if (Boolean.TRUE.equals(capitalWithin)) {
            String amount = yen(yen);
            String limit = yen(BigDecimal.valueOf(sector.capitalLimit));
            return new SmeClass(Code.SME, sector, new Localized(
                    s.ja() + "で資本金" + amount + "（" + limit + "以下）のため中小企業者",
                    s.zh() + "，注册资本" + amount + "（不超过" + limit + "），属于中小企业",
                    "In " + s.en() + " with capital of " + amount + " (at most " + limit + "): an SME"));
        }
        if (Boolean.TRUE.equals(employeesWithin)) {
            return new SmeClass(Code.SME, sector, new Localized(
                    s.ja() + "で従業員" + employees + "人（" + sector.employeeLimit + "人以下）のため中小企業者",
                    s.zh() + "，员工" + employees + "人（不超过" + sector.employeeLimit + "人），属于中小企业",
                    "In " + s.en() + " with " + employees + " employees (at most " + sector.employeeLimit
                            + "): an SME"));
        }
        if (Boolean.FALSE.equals(capitalWithin) && Boolean.FALSE.equals(employeesWithin)) {
            String amount = yen(yen);
            String limit = yen(BigDecimal.valueOf(sector.capitalLimit));
            return new SmeClass(Code.LARGE, sector, new Localized(
                    s.ja() + "で資本金" + amount + "（上限" + limit + "）と従業員" + employees + "人（上限"
                            + sector.employeeLimit + "人）のいずれも上限を超えるため中小企業者に該当しません",
                    s.zh() + "，注册资本" + amount + "（上限" + limit + "）和员工" + employees + "人（上限"
                            + sector.employeeLimit + "人）均超过上限，不属于中小企业",
                    "In " + s.en() + " both capital of " + amount + " (limit " + limit + ") and " + employees
                            + " employees (limit " + sector.employeeLimit + ") exceed the limits: not an SME"));
        }
        String missing = capitalWithin == null && employeesWithin == null ? "both" : capitalWithin == null
                ? "capital" : "employees";
        return new SmeClass(Code.UNDETERMINED, sector, switch (missing) {
            case "both" -> new Localized("資本金（円）と従業員数が未登録のため判定できません",
                    "未登记注册资本（日元）和员工人数，无法判定", "Cannot tell: capital in yen and employees are not given");
            case "capital" -> new Localized("従業員数が上限を超えており、資本金（円）が未登録のため判定できません",
                    "员工人数超过上限且未登记注册资本（日元），无法判定",
                    "Cannot tell: employees exceed the limit and capital in yen is not given");
            default -> new Localized("資本金が上限を超えており、従業員数が未登録のため判定できません",
                    "注册资本超过上限且未登记员工人数，无法判定",
                    "Cannot tell: capital exceeds the limit and the number of employees is not given");
        });
    }

    private static String yen(BigDecimal amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
    }
}
