import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input
        type="search"
        data-testid="search-input"
        aria-label={t('search.submit')}
        placeholder={t('search.placeholder')}
        value={text}
        maxLength={1000}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
