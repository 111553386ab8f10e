package io.musubi.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Japanese morphological tokenizer; "search" mode splits compounds (精密切削加工 → 精密 / 切削 / 加工). */
@NamedComponent("musubi_kuromoji")
public class KuromojiTokenizer implements TokenizerFactory {
    private final JapaneseTokenizer.Mode mode;
    private final boolean discardPunctuation;

    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "mode", defaultValue = "search")
        String mode();

        @BooleanSetting(path = "discard_punctuation", defaultValue = true)
        boolean discardPunctuation();
    }

    @Inject
    public KuromojiTokenizer(Settings settings) {
        this.mode = JapaneseTokenizer.Mode.valueOf(settings.mode().toUpperCase(Locale.ROOT));
        this.discardPunctuation = settings.discardPunctuation();
    }

    @Override
    public Tokenizer create() {
        return new JapaneseTokenizer(null, discardPunctuation, true, mode);
    }
}
