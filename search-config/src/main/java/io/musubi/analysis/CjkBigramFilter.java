package io.musubi.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Overlapping bigrams of Han, hiragana, katakana and hangul: the language-agnostic fallback for CJK text. */
@NamedComponent("musubi_cjk_bigram")
public class CjkBigramFilter implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream);
    }
}
