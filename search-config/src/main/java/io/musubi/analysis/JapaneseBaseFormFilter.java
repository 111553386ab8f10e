package io.musubi.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Inflected Japanese verbs and adjectives to their dictionary form (加工した → 加工 する). */
@NamedComponent("musubi_ja_baseform")
public class JapaneseBaseFormFilter implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new org.apache.lucene.analysis.ja.JapaneseBaseFormFilter(tokenStream);
    }
}
