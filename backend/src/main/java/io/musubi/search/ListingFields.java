package io.musubi.search;

import io.musubi.platform.i18n.Localized;
import io.musubi.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the fields every searchable record shares (search-config component-templates/listing-fields.json), so
 * profiles, needs and listings are searched by one query the same way.
 */
public final class ListingFields {
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Set<String> suggest = new LinkedHashSet<>();

    public ListingFields(String kind, Object id, long version) {
        body.put("id", id.toString());
        body.put("version", version);
        body.put("kind", kind);
    }

    public ListingFields name(Localized names) {
        body.put("name", texts(names));
        addSuggestions(names);
        return this;
    }

    public ListingFields text(String field, Localized texts) {
        if (!texts.isEmpty()) {
            body.put(field, texts(texts));
        }
        return this;
    }

    /** Taxonomy codes as keywords, and their labels in each language as analysed text. */
    public ListingFields technologies(Collection<String> codes, Taxonomy taxonomy) {
        body.put("technologies", List.copyOf(codes));
        Map<String, List<String>> labels = new LinkedHashMap<>();
        labels.put("ja", new ArrayList<>());
        labels.put("zh", new ArrayList<>());
        labels.put("en", new ArrayList<>());
        for (String code : codes) {
            taxonomy.term(code).ifPresent(term -> {
                add(labels.get("ja"), term.labels().ja());
                add(labels.get("zh"), term.labels().zh());
                add(labels.get("en"), term.labels().en());
                addSuggestions(term.labels());
            });
        }
        body.put("technology_labels", labels);
        return this;
    }

    /** The record's own words (free terms, products, materials, equipment). */
    public ListingFields keywords(Collection<String> words) {
        body.put("keywords", List.copyOf(new LinkedHashSet<>(words)));
        return this;
    }

    public ListingFields company(Object companyId, Localized names) {
        body.put("company_id", companyId.toString());
        body.put("company_name", texts(names));
        return this;
    }

    public ListingFields put(String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
        return this;
    }

    public Map<String, Object> build() {
        body.put("suggest", new ArrayList<>(suggest));
        return body;
    }

    private void addSuggestions(Localized texts) {
        for (String text : new String[] {texts.ja(), texts.zh(), texts.en()}) {
            if (text != null) {
                suggest.add(text);
            }
        }
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    public static Map<String, String> texts(Localized localized) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (localized.ja() != null) {
            texts.put("ja", localized.ja());
        }
        if (localized.zh() != null) {
            texts.put("zh", localized.zh());
        }
        if (localized.en() != null) {
            texts.put("en", localized.en());
        }
        return texts;
    }
}
