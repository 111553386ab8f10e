import { useTranslation } from 'react-i18next';
import { InputField } from '@/components/form/Field';
import type { FieldError } from '@/lib/api-client';
import { MIN_PASSWORD_LENGTH } from '../api/auth';

/** A new password (resetting or changing it), with the rules as a hint; the browser may offer to generate one. */
export function NewPasswordField({
  path,
  errors,
  value,
  onChange,
  ...rest
}: {
  path: string;
  errors: FieldError[];
  value: string;
  onChange: (value: string) => void;
  'data-testid': string;
}) {
  const { t } = useTranslation();
  return (
    <InputField path={path} label={t('auth.newPassword')} errors={errors}
      hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })} type="password" autoComplete="new-password"
      value={value} onChange={onChange} {...rest} />
  );
}
