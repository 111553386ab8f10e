package io.musubi.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/** Removes a trailing katakana long-vowel mark, so サーバー and サーバ are the same term. */
@NamedComponent("musubi_ja_katakana_stem")
public class KatakanaStemFilter implements TokenFilterFactory {
    private final int minimumLength;

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "minimum_length", defaultValue = JapaneseKatakanaStemFilter.DEFAULT_MINIMUM_LENGTH)
        int minimumLength();
    }

    @Inject
    public KatakanaStemFilter(Settings settings) {
        this.minimumLength = settings.minimumLength();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseKatakanaStemFilter(tokenStream, minimumLength);
    }
}
