import { useTranslation } from 'react-i18next';

export function LanguageBadge({ language }: { language: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${language}`} title={t(`languages.${language}`)} data-testid="language-badge">
      {language.toUpperCase()}
    </span>
  );
}
