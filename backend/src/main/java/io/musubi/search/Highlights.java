package io.musubi.search;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Highlights as segments of plain text, so no HTML crosses the API: Elasticsearch marks matches with private-use
 * characters ({@link #PRE}, {@link #POST}, which {@link QueryText} removes from queries), read here into segments.
 */
final class Highlights {
    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private Highlights() {
    }

    /** What a search asks Elasticsearch to highlight: whole names and labels, one fragment of a description. */
    static Highlight request() {
        return Highlight.of(h -> h.preTags(PRE).postTags(POST).requireFieldMatch(true)
                .fields("name.*", f -> f.numberOfFragments(0))
                .fields("headline.*", f -> f.numberOfFragments(0))
                .fields("technology_labels.*", f -> f.numberOfFragments(0))
                .fields("keywords*", f -> f.numberOfFragments(0))
                .fields("description.*", f -> f.fragmentSize(140).numberOfFragments(1).noMatchSize(0)));
    }

    /** The best highlight of each highlighted field, in {@link SearchFields#HIGHLIGHTED} order. */
    static List<SearchResults.Highlight> of(Map<String, List<String>> fragments) {
        List<SearchResults.Highlight> highlights = new ArrayList<>();
        for (String field : SearchFields.HIGHLIGHTED) {
            best(field, fragments).ifPresent(highlights::add);
        }
        return highlights;
    }

    /**
     * Prefer the language-analysed subfield's fragment; fall back to the bigram subfield of the same language.
     * Fields without languages (keywords) report no language.
     */
    private static Optional<SearchResults.Highlight> best(String field, Map<String, List<String>> all) {
        for (String suffix : List.of("", ".cjk")) {
            for (String language : SearchFields.LANGUAGES) {
                List<String> fragments = all.get(field + "." + language + suffix);
                if (fragments != null && !fragments.isEmpty()) {
                    boolean ownLanguage = !field.equals("keywords");
                    return Optional.of(new SearchResults.Highlight(field.equals("technology_labels")
                            ? "technologies" : field, ownLanguage ? language : null, segments(fragments.get(0))));
                }
            }
        }
        List<String> plain = all.get(field);
        if (plain != null && !plain.isEmpty()) {
            return Optional.of(new SearchResults.Highlight(field, null, segments(plain.get(0))));
        }
        return Optional.empty();
    }

    static List<SearchResults.Segment> segments(String fragment) {
        List<SearchResults.Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int open = fragment.indexOf(PRE, at);
            if (open < 0) {
                segments.add(new SearchResults.Segment(fragment.substring(at), false));
                break;
            }
            if (open > at) {
                segments.add(new SearchResults.Segment(fragment.substring(at, open), false));
            }
            int close = fragment.indexOf(POST, open + 1);
            if (close < 0) {
                close = fragment.length();
            }
            segments.add(new SearchResults.Segment(fragment.substring(open + 1, close), true));
            at = close + 1;
        }
        return merge(segments);
    }

    /** Adjacent matched tokens (精密 + 加工) read better as one mark. */
    private static List<SearchResults.Segment> merge(List<SearchResults.Segment> segments) {
        List<SearchResults.Segment> merged = new ArrayList<>();
        for (SearchResults.Segment segment : segments) {
            if (segment.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).match() == segment.match()) {
                merged.set(last, new SearchResults.Segment(merged.get(last).text() + segment.text(),
                        segment.match()));
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }
}
