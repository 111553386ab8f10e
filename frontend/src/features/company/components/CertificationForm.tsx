import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, inputProps } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { ApiError, type FieldError } from '@/lib/api-client';
import { clientError, placeErrors } from '@/lib/forms/fieldErrors';
import { labelOf, useCertificationStandards } from '@/lib/reference';
import type { Certification, CertificationRequest } from '../api/company';

const SLOTS = ['standard', 'name', 'number', 'issuer', 'validUntil'];

/** Adds or edits one certification; `save` resolves when the server has it. */
export function CertificationForm({
  initial,
  save,
  onSaved,
  onCancel,
}: {
  initial?: Certification;
  save: (request: CertificationRequest) => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { data: standards } = useCertificationStandards();
  const [draft, setDraft] = useState({
    standard: initial?.standard ?? '',
    name: initial?.name ?? '',
    number: initial?.number ?? '',
    issuer: initial?.issuer ?? '',
    validUntil: initial?.validUntil ?? '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = (['standard', 'number', 'issuer'] as const)
      .filter((key) => !draft[key].trim())
      .map((key) => clientError(key, 'required'));
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      await save({
        standard: draft.standard,
        name: draft.name.trim() || null,
        number: draft.number.trim(),
        issuer: draft.issuer.trim(),
        validUntil: draft.validUntil || null,
      });
      onSaved();
    } catch (error) {
      setErrors(
        error instanceof ApiError && error.errors.length
          ? error.errors
          : [clientError('', error instanceof ApiError ? error.code : 'network', (error as Error).message)],
      );
    } finally {
      setBusy(false);
    }
  };
  const placed = placeErrors(errors, SLOTS);
  const text = (path: 'name' | 'number' | 'issuer', label: string) => (
    <Field path={path} label={label} errors={placed.at(path)}>
      <input type="text" maxLength={200} {...inputProps(path, placed.at(path))} data-testid={`certification-${path}`}
        value={draft[path]} onChange={set(path)} />
    </Field>
  );

  return (
    <form className="form certification-form" onSubmit={submit} noValidate data-testid="certification-form">
      <div className="field-row">
        <Field path="standard" label={t('certifications.standard')} errors={placed.at('standard')}>
          <select {...inputProps('standard', placed.at('standard'))} data-testid="certification-standard"
            value={draft.standard} onChange={set('standard')}>
            <option value="">{t('form.choose')}</option>
            {(standards ?? []).map((standard) => (
              <option key={standard.code} value={standard.code}>
                {labelOf(standard.labels, i18n.language) ?? standard.code}
              </option>
            ))}
          </select>
        </Field>
        {text('name', t('certifications.name'))}
      </div>
      <div className="field-row">
        {text('number', t('certifications.number'))}
        {text('issuer', t('certifications.issuer'))}
        <Field path="validUntil" label={t('certifications.validUntil')} errors={placed.at('validUntil')}>
          <input type="date" {...inputProps('validUntil', placed.at('validUntil'))} data-testid="certification-valid-until"
            value={draft.validUntil} onChange={set('validUntil')} />
        </Field>
      </div>
      <ErrorSummary errors={placed.unplaced} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy} data-testid="certification-save">
          {busy ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
