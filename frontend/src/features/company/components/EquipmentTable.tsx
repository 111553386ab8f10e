import { useTranslation } from 'react-i18next';
import type { Equipment } from '../api/company';

const COLUMNS = ['type', 'maker', 'model', 'count', 'maxWorkSize'] as const;

export function EquipmentTable({ equipment }: { equipment: Equipment[] }) {
  const { t } = useTranslation();
  if (equipment.length === 0) return null;
  return (
    <>
      <h2>{t('company.equipment')}</h2>
      <table className="table" data-testid="equipment-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column}>{t(`equipment.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {equipment.map((row, index) => (
            <tr key={index}>
              {COLUMNS.map((column) => (
                <td key={column}>{row[column] ?? t('company.unknown')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
