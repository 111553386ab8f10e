import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageField } from '@/components/form/LanguageField';
import { ErrorSummary } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/session';
import { problemsOf, placeErrors } from '@/lib/forms/fieldErrors';
import { isLanguage, type Language } from '@/lib/i18n';
import { useUpdateAccountSettings } from '../api/auth';

/**
 * The signed-in user's e-mail language (`PUT /api/account/settings`), saved as soon as it is chosen. Each language
 * is named in itself, as in the header's switcher.
 */
export function EmailLanguageSetting() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const update = useUpdateAccountSettings();
  /** The choice being saved, until the server has answered (then the user's own value is shown again). */
  const [choice, setChoice] = useState<Language | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  if (!user) return null;
  const current = choice ?? (isLanguage(user.language) ? user.language : '');

  const change = (value: string) => {
    if (!isLanguage(value)) return;
    setChoice(value);
    setErrors([]);
    setSaved(false);
    update.mutate(
      { language: value },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => setErrors(problemsOf(error).errors),
        onSettled: () => setChoice(null),
      },
    );
  };
  const placed = placeErrors(errors, ['language']);

  return (
    <section className="card" data-testid="account-settings">
      <h2>{t('settings.title')}</h2>
      <LanguageField path="language" label={t('settings.language')} errors={placed.at('language')}
        hint={t('settings.languageHint')} data-testid="settings-language" value={current}
        empty={current ? undefined : t('form.choose')} disabled={update.isPending} onChange={change} />
      <ErrorSummary errors={placed.unplaced} testId="settings-error" />
      {update.isPending && <p className="status">{t('settings.saving')}</p>}
      {saved && (
        <p className="status success" role="status" data-testid="settings-saved">
          {t('settings.saved')}
        </p>
      )}
    </section>
  );
}
