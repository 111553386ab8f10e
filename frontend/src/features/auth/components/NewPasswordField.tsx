import { useTranslation } from 'react-i18next';
import { InputField, type FieldValue } from '@/components/form/Field';
import { MIN_PASSWORD_LENGTH } from '../api/auth';

/** A new password (resetting or changing it), with the rules as a hint; the browser may offer to generate one. */
export function NewPasswordField({ path, ...props }: FieldValue<string> & { path: string }) {
  const { t } = useTranslation();
  return (
    <InputField path={path} label={t('auth.newPassword')} hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      type="password" autoComplete="new-password" {...props} />
  );
}
