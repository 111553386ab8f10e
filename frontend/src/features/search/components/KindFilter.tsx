import { useTranslation } from 'react-i18next';
import { HIT_KINDS, type HitKind } from '../api/search';

/** Everything, or only companies, needs or capacity listings. */
export function KindFilter({ kind, onChange }: { kind: HitKind | null; onChange: (kind: HitKind | null) => void }) {
  const { t } = useTranslation();
  return (
    <select
      className="kind-filter"
      aria-label={t('search.kindFilter')}
      data-testid="search-kind"
      value={kind ?? ''}
      onChange={(event) => onChange((event.target.value || null) as HitKind | null)}
    >
      <option value="">{t('search.allKinds')}</option>
      {HIT_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`kinds.${k}Plural`)}
        </option>
      ))}
    </select>
  );
}
