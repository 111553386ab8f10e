import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '@/lib/i18n';

/** Each language is named in itself (日本語 / 中文 / English), so anyone can find their own. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          className={i18n.language === language ? 'active' : undefined}
          onClick={() => void changeLanguage(language)}
        >
          {i18n.getFixedT(language)('app.languageName')}
        </button>
      ))}
    </div>
  );
}
