import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/form/FieldErrors';
import type { ImportProblem } from '../api/imports';

/** The rows the import rejected or warned about: row, column, the problem in the UI language. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <table className="table" data-testid="import-problems">
      <thead>
        <tr>
          <th>{t('imports.row')}</th>
          <th>{t('imports.field')}</th>
          <th>{t('imports.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, index) => (
          <tr key={index} data-testid="import-problem">
            <td>{problem.row}</td>
            <td>
              <code>{problem.field ?? t('company.unknown')}</code>
            </td>
            <td title={problem.message}>{errorText(t, { field: problem.field ?? '', code: problem.code, message: problem.message })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
