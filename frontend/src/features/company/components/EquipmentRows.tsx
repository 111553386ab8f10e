import { useTranslation } from 'react-i18next';
import { inputProps } from '@/components/form/Field';
import { FieldErrors } from '@/components/form/FieldErrors';
import type { ProfileForm } from '../hooks/useProfileForm';
import { newEquipmentRow, type EquipmentDraft } from '../utils/profileDraft';

const COLUMNS = ['type', 'maker', 'model', 'count', 'maxWorkSize'] as const;

/** Equipment as rows of inputs; a row's errors appear under it (`equipment[1].count`). */
export function EquipmentRows({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  const change = (index: number, patch: Partial<EquipmentDraft>) =>
    set({ equipment: draft.equipment.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <section className="form-section">
      <h2>{t('company.equipment')}</h2>
      <FieldErrors path="equipment" errors={errors.at('equipment')} />
      {draft.equipment.length === 0 && <p className="status">{t('profileForm.noEquipment')}</p>}
      {draft.equipment.map((row, index) => (
        <fieldset key={row.key} className="equipment-row" data-testid="equipment-row">
          <legend>{t('profileForm.equipmentRow', { number: index + 1 })}</legend>
          <FieldErrors path={`equipment[${index}]`} errors={errors.at(`equipment[${index}]`)} />
          <div className="field-row">
            {COLUMNS.map((column) => {
              const path = `equipment[${index}].${column}`;
              return (
                <div key={column} className={`field${errors.at(path).length ? ' has-error' : ''}`}>
                  <label htmlFor={inputProps(path, []).id}>{t(`equipment.${column}`)}</label>
                  <input type={column === 'count' ? 'number' : 'text'} min={column === 'count' ? 0 : undefined}
                    {...inputProps(path, errors.at(path))} data-testid={`equipment-${column}`} value={row[column]}
                    onChange={(event) => change(index, { [column]: event.target.value })} />
                  <FieldErrors path={path} errors={errors.at(path)} />
                </div>
              );
            })}
          </div>
          <button type="button" className="link danger" data-testid="equipment-remove"
            onClick={() => set({ equipment: draft.equipment.filter((_, i) => i !== index) })}>
            {t('form.remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" data-testid="equipment-add"
        onClick={() => set({ equipment: [...draft.equipment, newEquipmentRow()] })}>
        {t('profileForm.addEquipment')}
      </button>
    </section>
  );
}
