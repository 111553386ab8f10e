import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n';

/** Each language is named in itself, so anyone can find their own. */
const OWN_NAMES: Record<Language, string> = { ja: '日本語', zh: '中文', en: 'English' };

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
          {OWN_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
