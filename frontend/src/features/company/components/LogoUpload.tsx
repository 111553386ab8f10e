import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from '@/components/form/FieldErrors';
import { ApiError, type FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { LOGO_MAX_BYTES, LOGO_TYPES, useLogo, type Company } from '../api/company';

/** The client's own check of a logo file, before the server's. */
export function logoProblem(file: File): FieldError | null {
  if (!LOGO_TYPES.includes(file.type)) return clientError('file', 'file_type');
  if (file.size > LOGO_MAX_BYTES) return clientError('file', 'file_size');
  return null;
}

export function LogoUpload({ company, onChanged }: { company: Company; onChanged: (company?: Company) => void }) {
  const { t } = useTranslation();
  const logo = useLogo(company.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fail = (error: Error) =>
    setErrors(error instanceof ApiError && error.errors.length ? error.errors : [clientError('file', error instanceof ApiError ? error.code : 'network', error.message)]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = logoProblem(file);
    setErrors(problem ? [problem] : []);
    if (!problem) logo.upload.mutate(file, { onSuccess: onChanged, onError: fail });
  };

  return (
    <section className="form-section logo-upload">
      <h2>{t('logo.title')}</h2>
      {company.logoUrl ? (
        <img src={company.logoUrl} alt={t('logo.alt')} className="logo" data-testid="logo-preview" />
      ) : (
        <p className="status">{t('logo.none')}</p>
      )}
      <label className="file-button">
        {t('logo.choose')}
        <input type="file" accept={LOGO_TYPES.join(',')} data-testid="logo-input" onChange={choose}
          disabled={logo.upload.isPending} />
      </label>
      <small className="hint">{t('logo.hint')}</small>
      {company.logoUrl && (
        <button type="button" className="link danger" data-testid="logo-remove" disabled={logo.remove.isPending}
          onClick={() => logo.remove.mutate(undefined, { onSuccess: onChanged, onError: fail })}>
          {t('logo.remove')}
        </button>
      )}
      {logo.upload.isPending && <p className="status">{t('logo.uploading')}</p>}
      <FieldErrors path="file" errors={errors} />
    </section>
  );
}
