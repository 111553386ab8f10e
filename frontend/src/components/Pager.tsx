import { useTranslation } from 'react-i18next';

/** "Previous · page n of m · next" under a paged list; nothing when there is only one page. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pager">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('search.previous')}
      </button>
      <span>{t('search.page', { page: page + 1, pages })}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('search.next')}
      </button>
    </nav>
  );
}
