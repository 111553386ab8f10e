import { useTranslation } from 'react-i18next';
import { termLabel, useTaxonomy } from '@/lib/reference';

/** Technology codes as chips with their taxonomy labels in the UI language. */
export function TermChips({ codes, testId }: { codes: string[]; testId?: string }) {
  const { i18n } = useTranslation();
  const { data: taxonomy } = useTaxonomy();
  if (codes.length === 0) return null;
  return (
    <ul className="chips" data-testid={testId}>
      {codes.map((code) => (
        <li key={code}>{termLabel(taxonomy, code, i18n.language)}</li>
      ))}
    </ul>
  );
}
