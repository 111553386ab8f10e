package io.musubi.company;

import io.musubi.platform.i18n.Localized;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Industries after the divisions of the Japan Standard Industrial Classification (JSIC Rev. 14), with wholesale and
 * retail kept apart because the SME Basic Act sets different thresholds for them.
 */
public enum Industry {
    AGRICULTURE_FORESTRY("A", "農業・林業", "农业、林业", "Agriculture and forestry"),
    FISHERIES("B", "漁業", "渔业", "Fisheries"),
    MINING("C", "鉱業・採石業・砂利採取業", "采矿业", "Mining and quarrying"),
    CONSTRUCTION("D", "建設業", "建筑业", "Construction"),
    MANUFACTURING("E", "製造業", "制造业", "Manufacturing"),
    UTILITIES("F", "電気・ガス・熱供給・水道業", "电力、燃气、热力及水的供应业", "Electricity, gas, heat and water"),
    INFORMATION_COMMUNICATIONS("G", "情報通信業", "信息通信业", "Information and communications"),
    TRANSPORT_POSTAL("H", "運輸業・郵便業", "交通运输和邮政业", "Transport and postal activities"),
    WHOLESALE("I", "卸売業", "批发业", "Wholesale trade"),
    RETAIL("I", "小売業", "零售业", "Retail trade"),
    FINANCE_INSURANCE("J", "金融業・保険業", "金融业、保险业", "Finance and insurance"),
    REAL_ESTATE_LEASING("K", "不動産業・物品賃貸業", "房地产业、租赁业", "Real estate and goods rental"),
    PROFESSIONAL_TECHNICAL("L", "学術研究・専門・技術サービス業", "科学研究和技术服务业",
            "Scientific research, professional and technical services"),
    ACCOMMODATION_FOOD("M", "宿泊業・飲食サービス業", "住宿和餐饮业", "Accommodation, eating and drinking services"),
    PERSONAL_SERVICES("N", "生活関連サービス業・娯楽業", "居民服务和娱乐业", "Living-related and personal services"),
    EDUCATION("O", "教育・学習支援業", "教育", "Education and learning support"),
    MEDICAL_WELFARE("P", "医療・福祉", "卫生和社会工作", "Medical, health care and welfare"),
    COMPOUND_SERVICES("Q", "複合サービス事業", "综合服务业", "Compound services"),
    OTHER_SERVICES("R", "サービス業（他に分類されないもの）", "其他服务业", "Services not elsewhere classified"),
    PUBLIC_SERVICE("S", "公務", "公共管理", "Government"),
    UNCLASSIFIED("T", "分類不能の産業", "无法分类的行业", "Industries unable to classify");

    private final String jsic;
    private final String ja;
    private final String zh;
    private final String en;

    Industry(String jsic, String ja, String zh, String en) {
        this.jsic = jsic;
        this.ja = ja;
        this.zh = zh;
        this.en = en;
    }

    public String jsic() {
        return jsic;
    }

    public Localized labels() {
        return new Localized(ja, zh, en);
    }

    public static Optional<Industry> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
