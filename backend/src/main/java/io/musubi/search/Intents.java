package io.musubi.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Intent words of search-config ({@code search/intents/intents.json}): "闲置产能", "遊休設備", "looking for supplier",
 * "受託" say which kind of record a searcher wants (capacity listings, needs, supplier profiles) rather than what it
 * is about. A query is read into its intent and the rest; the rest is what must match, the intent only ranks its
 * kind higher. Longest words first; Latin words only as whole words.
 */
@Singleton
public class Intents {
    static final String FILE = "search/intents/intents.json";

    /**
     * {@code removed}: the word leaves the text that must match. Words asking for listings and needs say nothing a
     * listing or need would contain; words asking for suppliers ("受託", "OEM", "代工") are how profiles describe
     * themselves, so they stay and match as well.
     */
    private record Word(String text, String kind, boolean latin, boolean removed) {
    }

    /** {@code kind} is null when the query states no intent; {@code rest} is what must match. */
    public record Reading(@Nullable String kind, String rest) {
    }

    private final List<Word> words;

    public Intents() {
        this(load());
    }

    Intents(JsonNode root) {
        List<Word> loaded = new ArrayList<>();
        for (String kind : ListingSearch.KINDS.keySet()) {
            root.path(kind).forEach(language -> language.forEach(word -> {
                String text = normalise(word.asText());
                loaded.add(new Word(text, kind, text.chars().allMatch(c -> c < 0x2E80), !"company".equals(kind)));
            }));
        }
        loaded.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
        this.words = List.copyOf(loaded);
    }

    /**
     * The first intent word found decides the kind (longer words are tried first); words asking for listings or
     * needs are removed from the text, words asking for suppliers stay.
     */
    public Reading read(String query) {
        String text = normalise(query);
        String kind = null;
        for (Word word : words) {
            int at = find(text, word);
            if (at >= 0 && kind == null) {
                kind = word.kind();
            }
            while (at >= 0 && word.removed()) {
                text = text.substring(0, at) + " " + text.substring(at + word.text().length());
                at = find(text, word);
            }
        }
        return kind == null || "company".equals(kind) ? new Reading(kind, query)
                : new Reading(kind, text.strip().replaceAll("\\s+", " "));
    }

    private static int find(String text, Word word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word.text(), from);
            if (at < 0 || !word.latin()) {
                return at;
            }
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.text().length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            from = at + 1;
        }
    }

    /** NFKC (full-width letters and digits become ASCII) and lower case, as the analysis does. */
    private static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static JsonNode load() {
        try (InputStream in = Intents.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE + " (search-config)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
