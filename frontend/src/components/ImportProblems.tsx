import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import type { Schema } from '@/lib/api-schema';
import { TableHead } from '@/components/TableHead';

/** One refused or doubtful row of a CSV import, as the API reports it (companies and event participants alike). */
export type ImportProblem = Schema<'ImportJob.Problem'>;

interface ImportProblemsProps {
  problems: ImportProblem[];
  /** The problem in the UI language (a feature may know more codes than the shared catalogue). */
  describe?: (t: TFunction, error: FieldError) => string;
  /** data-testid of the table; each row gets it without the final "s". */
  testId?: string;
}

/** The rows an import rejected or warned about: row, column, the problem in the UI language. */
export function ImportProblems({ problems, describe = errorText, testId = 'import-problems' }: ImportProblemsProps) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <table className="table" data-testid={testId}>
      <TableHead columns={[t('imports.row'), t('imports.field'), t('imports.problem')]} />
      <tbody>
        {problems.map((problem, index) => (
          <tr key={index} data-testid={testId.replace(/s$/, '')}>
            <td>{problem.row}</td>
            <td>
              <code>{problem.field ?? t('company.unknown')}</code>
            </td>
            <td title={problem.message}>
              {describe(t, { field: problem.field ?? '', code: problem.code, message: problem.message })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
