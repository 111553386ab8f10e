package io.musubi.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** The whole input as one token: the base of the prefix-suggestion chain (the minimal distribution lacks it). */
@NamedComponent("musubi_keyword")
public class KeywordTokenizer implements TokenizerFactory {
    @Override
    public Tokenizer create() {
        return new org.apache.lucene.analysis.core.KeywordTokenizer();
    }
}
