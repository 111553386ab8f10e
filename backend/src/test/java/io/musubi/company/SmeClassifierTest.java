package io.musubi.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.musubi.company.SmeClassifier.Code;
import io.musubi.company.SmeClassifier.SmeClass;
import io.musubi.company.SmeClassifier.Sector;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The SME Basic Act's table at every boundary, for each of its four sectors. */
class SmeClassifierTest {

    private static SmeClass jp(Industry industry, Long capitalYen, Integer employees) {
        return SmeClassifier.classify("JP", industry, capitalYen == null ? null : BigDecimal.valueOf(capitalYen),
                capitalYen == null ? null : "JPY", employees);
    }

    @ParameterizedTest(name = "{0}: capital ¥{1}, {2} employees → {3}")
    @CsvSource({
            // manufacturing and others: ¥300M or 300 people; small ≤ 20
            "MANUFACTURING, 300000000, 1000, SME",
            "MANUFACTURING, 300000001, 300, SME",
            "MANUFACTURING, 300000001, 301, LARGE",
            "MANUFACTURING, 300000001, 21, SME",
            "MANUFACTURING, 300000001, 20, SMALL_ENTERPRISE",
            "CONSTRUCTION, 1000000000, 20, SMALL_ENTERPRISE",
            "TRANSPORT_POSTAL, 300000001, 301, LARGE",
            "INFORMATION_COMMUNICATIONS, 300000000, 500, SME",
            // wholesale: ¥100M or 100; small ≤ 5
            "WHOLESALE, 100000000, 500, SME",
            "WHOLESALE, 100000001, 100, SME",
            "WHOLESALE, 100000001, 101, LARGE",
            "WHOLESALE, 100000001, 6, SME",
            "WHOLESALE, 100000001, 5, SMALL_ENTERPRISE",
            // retail: ¥50M or 50; small ≤ 5
            "RETAIL, 50000000, 500, SME",
            "RETAIL, 50000001, 50, SME",
            "RETAIL, 50000001, 51, LARGE",
            "RETAIL, 50000001, 6, SME",
            "RETAIL, 50000001, 5, SMALL_ENTERPRISE",
            // services: ¥50M or 100; small ≤ 5
            "OTHER_SERVICES, 50000000, 500, SME",
            "OTHER_SERVICES, 50000001, 100, SME",
            "OTHER_SERVICES, 50000001, 101, LARGE",
            "PROFESSIONAL_TECHNICAL, 50000001, 6, SME",
            "MEDICAL_WELFARE, 50000001, 5, SMALL_ENTERPRISE",
            "EDUCATION, 0, 0, SMALL_ENTERPRISE"
    })
    void classifiesAtTheActsBoundaries(Industry industry, long capital, int employees, Code expected) {
        assertThat(jp(industry, capital, employees).code()).isEqualTo(expected);
    }

    @Test
    void eitherCriterionAloneMakesAnSmeWhenTheOtherIsUnknown() {
        assertThat(jp(Industry.MANUFACTURING, 300_000_000L, null).code()).isEqualTo(Code.SME);
        assertThat(jp(Industry.MANUFACTURING, null, 300).code()).isEqualTo(Code.SME);
        assertThat(jp(Industry.MANUFACTURING, null, 20).code()).isEqualTo(Code.SMALL_ENTERPRISE);
    }

    @Test
    void cannotTellWhenTheKnownCriterionFailsAndTheOtherIsMissing() {
        SmeClass capitalOnly = jp(Industry.MANUFACTURING, 300_000_001L, null);
        assertThat(capitalOnly.code()).isEqualTo(Code.UNDETERMINED);
        assertThat(capitalOnly.reason().en()).contains("number of employees");
        assertThat(jp(Industry.MANUFACTURING, null, 301).code()).isEqualTo(Code.UNDETERMINED);
        assertThat(jp(Industry.MANUFACTURING, null, null).code()).isEqualTo(Code.UNDETERMINED);
    }

    @Test
    void capitalCountsOnlyInYen() {
        SmeClass dollars = SmeClassifier.classify("JP", Industry.MANUFACTURING, BigDecimal.ONE, "USD", 5000);
        assertThat(dollars.code()).isEqualTo(Code.UNDETERMINED);
    }

    @Test
    void theActDoesNotApplyOutsideJapanOrToGovernment() {
        SmeClass chinese = SmeClassifier.classify("CN", Industry.MANUFACTURING, BigDecimal.TEN, "CNY", 10);
        assertThat(chinese.code()).isEqualTo(Code.NOT_APPLICABLE);
        assertThat(chinese.reason().zh()).contains("日本");
        assertThat(jp(Industry.PUBLIC_SERVICE, 1L, 1).code()).isEqualTo(Code.NOT_APPLICABLE);
    }

    @Test
    void givesItsReasonInJapaneseChineseAndEnglish() {
        SmeClass sme = jp(Industry.WHOLESALE, 80_000_000L, 150);
        assertThat(sme.sector()).isEqualTo(Sector.WHOLESALE);
        assertThat(sme.reason().ja()).contains("卸売業", "資本金", "¥80,000,000", "中小企業者");
        assertThat(sme.reason().zh()).contains("批发业", "注册资本", "中小企业");
        assertThat(sme.reason().en()).contains("wholesale", "capital", "an SME");
        SmeClass large = jp(Industry.RETAIL, 60_000_000L, 60);
        assertThat(large.reason().en()).contains("not an SME", "60 employees", "limit 50");
    }
}
