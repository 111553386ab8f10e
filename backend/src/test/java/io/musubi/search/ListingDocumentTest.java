package io.musubi.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.musubi.platform.i18n.Localized;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Search documents are read by the Elasticsearch client's mapper into the typed record, unknown fields ignored. */
class ListingDocumentTest {
    private final JacksonJsonpMapper mapper = new JacksonJsonpMapper();

    private ListingDocument read(String json) {
        JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json));
        return mapper.deserialize(parser, ListingDocument.class);
    }

    @Test
    void aCapacityDocumentIsReadWithItsSnakeCaseFields() {
        ListingDocument d = read("""
                {"id":"x","kind":"capacity","name":{"ja":"五軸加工機","zh":null,"en":"5-axis machine"},
                 "company_id":"c1","company_name":{"ja":"精密工業"},"technologies":["cnc-5axis"],
                 "certifications":["ISO_9001"],"sme_class":"SME","little_giant_year":2023,"verified":true,
                 "capacity_kind":"MACHINE","available_from":"2027-01-01","available_to":"2027-03-31",
                 "updated_at":"2026-12-01T00:00:00Z","suggest":["x"],"technology_labels":{"ja":["五軸"]}}
                """);
        assertThat(d.kindOrCompany()).isEqualTo("capacity");
        assertThat(d.name()).isEqualTo(new Localized("五軸加工機", null, "5-axis machine"));
        assertThat(d.companyId()).isEqualTo("c1");
        assertThat(d.companyName().ja()).isEqualTo("精密工業");
        assertThat(d.technologies()).containsExactly("cnc-5axis");
        assertThat(d.certifications()).containsExactly("ISO_9001");
        assertThat(d.littleGiantYear()).isEqualTo(2023);
        assertThat(d.srdiProvincialYear()).isNull();
        assertThat(d.isVerified()).isTrue();
        assertThat(d.capacityKind()).isEqualTo("MACHINE");
        assertThat(d.availableTo()).isEqualTo("2027-03-31");
        assertThat(d.updatedAt()).isEqualTo("2026-12-01T00:00:00Z");
    }

    @Test
    void missingFieldsAreEmptyNotNullLists() {
        ListingDocument d = read("{\"company_id\":\"c2\",\"name\":{\"ja\":\" \"}}");
        assertThat(d.kindOrCompany()).isEqualTo("company");
        assertThat(d.name()).as("a name with no text in any language").isNull();
        assertThat(d.technologies()).isEmpty();
        assertThat(d.certifications()).isEmpty();
        assertThat(d.isVerified()).isFalse();
        assertThat(d.requiresCertifications()).isFalse();
    }
}
