package io.musubi.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** Full-width ASCII to half-width and half-width katakana to full-width, before tokenizing (ＮＩＳＨＩＨＡＲＡ, ｶﾀｶﾅ). */
@NamedComponent("musubi_cjk_width")
public class CjkWidthCharFilter implements CharFilterFactory {
    @Override
    public Reader create(Reader reader) {
        return new CJKWidthCharFilter(reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return new CJKWidthCharFilter(reader);
    }
}
