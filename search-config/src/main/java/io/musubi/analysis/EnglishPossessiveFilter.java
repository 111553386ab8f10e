package io.musubi.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Strips a trailing 's (Toyota's → Toyota). */
@NamedComponent("musubi_en_possessive")
public class EnglishPossessiveFilter implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new org.apache.lucene.analysis.en.EnglishPossessiveFilter(tokenStream);
    }
}
