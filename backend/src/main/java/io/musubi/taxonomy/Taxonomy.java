package io.musubi.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The multilingual technology taxonomy of search-config ({@code taxonomy/technologies.json}): groups of terms, each
 * with a stable code and labels in ja, zh and en. Profiles, needs and listings store codes; the UI and the index
 * show and search the labels.
 */
@Singleton
public class Taxonomy {
    private final List<Group> groups;
    private final Map<String, Term> byCode = new LinkedHashMap<>();
    private final Map<String, Term> byLabel = new LinkedHashMap<>();

    public Taxonomy() {
        this(load("taxonomy/technologies.json"));
    }

    Taxonomy(JsonNode root) {
        List<Group> loaded = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            List<Term> terms = new ArrayList<>();
            String groupCode = group.path("code").asText();
            for (JsonNode term : group.path("terms")) {
                List<String> aliases = new ArrayList<>();
                term.path("aliases").forEach(list -> list.forEach(a -> aliases.add(a.asText())));
                Term t = new Term(term.path("code").asText(), groupCode, labels(term.path("labels")), aliases);
                terms.add(t);
                byCode.put(t.code(), t);
            }
            loaded.add(new Group(groupCode, labels(group.path("labels")), terms));
        }
        this.groups = List.copyOf(loaded);
        // labels win over aliases when both could name a term
        for (Term term : byCode.values()) {
            term.aliases().forEach(alias -> byLabel.putIfAbsent(key(alias), term));
        }
        for (Term term : byCode.values()) {
            for (String label : new String[] {term.labels().ja(), term.labels().zh(), term.labels().en()}) {
                if (label != null) {
                    byLabel.put(key(label), term);
                }
            }
        }
    }

    /**
     * The terms a text mentions by any label or alias, in any language: longest labels first, never two on the
     * same characters ("精密板金" is precision sheet metal, not also sheet metal). Latin labels must stand as words.
     */
    public List<Term> mentions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = key(text);
        boolean[] taken = new boolean[normalised.length()];
        List<Term> found = new ArrayList<>();
        for (Map.Entry<String, Term> label : labelsLongestFirst()) {
            String l = label.getKey();
            boolean latin = l.chars().allMatch(c -> c < 0x2E80);
            if (l.length() < (latin ? 3 : 2)) {
                continue;
            }
            for (int at = normalised.indexOf(l); at >= 0; at = normalised.indexOf(l, at + 1)) {
                int end = at + l.length();
                if (latin && ((at > 0 && Character.isLetterOrDigit(normalised.charAt(at - 1)))
                        || (end < normalised.length() && Character.isLetterOrDigit(normalised.charAt(end))))) {
                    continue;
                }
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    java.util.Arrays.fill(taken, at, end, true);
                    if (!found.contains(label.getValue())) {
                        found.add(label.getValue());
                    }
                }
            }
        }
        return found;
    }

    private volatile List<Map.Entry<String, Term>> labelsLongestFirst;

    private List<Map.Entry<String, Term>> labelsLongestFirst() {
        if (labelsLongestFirst == null) {
            List<Map.Entry<String, Term>> labels = new ArrayList<>(byLabel.entrySet());
            labels.sort((a, b) -> b.getKey().length() - a.getKey().length());
            labelsLongestFirst = List.copyOf(labels);
        }
        return labelsLongestFirst;
    }

    /** Every label and alias with its term, for suggestions. */
    public Map<String, Term> labelIndex() {
        return java.util.Collections.unmodifiableMap(byLabel);
    }

    public List<Group> groups() {
        return groups;
    }

    public Collection<Term> terms() {
        return byCode.values();
    }

    public boolean isCode(String code) {
        return byCode.containsKey(code);
    }

    public Optional<Term> term(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Problems with a list of taxonomy codes: each must be known and listed once. */
    public List<FieldError> problems(String field, List<String> codes) {
        List<FieldError> problems = new ArrayList<>();
        if (codes == null) {
            return problems;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || code.isBlank()) {
                continue; // bean validation reports it
            }
            if (!isCode(code)) {
                problems.add(new FieldError(field + "[" + i + "]", "unknown",
                        "is not a taxonomy code (see /api/taxonomy)"));
            } else if (!seen.add(code)) {
                problems.add(new FieldError(field + "[" + i + "]", "duplicate", "is listed twice"));
            }
        }
        return problems;
    }

    /** The term a person's word names, in any language, ignoring case and full/half width ("５軸加工"). */
    public Optional<Term> resolve(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        Term term = byCode.get(word.strip());
        return term != null ? Optional.of(term) : Optional.ofNullable(byLabel.get(key(word)));
    }

    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static Localized labels(JsonNode node) {
        return new Localized(node.path("ja").asText(null), node.path("zh").asText(null), node.path("en").asText(null));
    }

    static JsonNode load(String path) {
        try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing search-config resource " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    public record Group(String code, Localized labels, List<Term> terms) {
    }

    @Serdeable
    public record Term(String code, String group, Localized labels, List<String> aliases) {
    }
}
