package io.musubi.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Search-time synonym_graph from inline Solr-format rules ("金型, 模具, mould"). The stable plugin API cannot see the
 * chain in front of the filter, so the rules are tokenised by a named chain ({@code rules_analyzer}: ja, zh, en or
 * whitespace) that must mirror the analyzer the filter sits in, up to the filter.
 */
@NamedComponent("musubi_synonym_graph")
public class SynonymGraphFilter implements TokenFilterFactory {
    private final SynonymMap synonyms;

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @StringSetting(path = "rules_analyzer", defaultValue = "whitespace")
        String rulesAnalyzer();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();

        @BooleanSetting(path = "lenient", defaultValue = false)
        boolean lenient();
    }

    @Inject
    public SynonymGraphFilter(Settings settings) {
        this.synonyms = build(settings.synonyms(), settings.rulesAnalyzer(), settings.expand(), settings.lenient());
    }

    static SynonymMap build(List<String> rules, String rulesAnalyzer, boolean expand, boolean lenient) {
        try (Analyzer analyzer = rulesAnalyzer(rulesAnalyzer)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
            for (String rule : rules) {
                try {
                    parser.parse(new StringReader(rule));
                } catch (ParseException | IllegalArgumentException e) {
                    if (!lenient) {
                        throw new IllegalArgumentException("musubi_synonym_graph: cannot parse rule [" + rule + "]: "
                                + e.getMessage(), e);
                    }
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer rulesAnalyzer(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ja" -> chain(() -> new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH), true,
                    stream -> new LowerCaseFilter(new JapaneseBaseFormFilter(stream)));
            case "zh" -> chain(HMMChineseTokenizer::new, true, LowerCaseFilter::new);
            case "en" -> chain(StandardTokenizer::new, false,
                    stream -> new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(stream))));
            case "whitespace" -> chain(WhitespaceTokenizer::new, false, LowerCaseFilter::new);
            default -> throw new IllegalArgumentException(
                    "musubi_synonym_graph: rules_analyzer must be one of ja, zh, en, whitespace, not [" + name + "]");
        };
    }

    private static Analyzer chain(java.util.function.Supplier<Tokenizer> tokenizer, boolean widthNormalise,
                                  java.util.function.UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return widthNormalise ? new CJKWidthCharFilter(reader) : reader;
            }
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream
                : new org.apache.lucene.analysis.synonym.SynonymGraphFilter(tokenStream, synonyms, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
