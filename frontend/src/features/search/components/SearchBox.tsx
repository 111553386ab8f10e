import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSuggestions, type Suggestion } from '../api/search';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { CLOSED, listboxKey, type ListboxState } from '../utils/suggestionKeys';

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_DELAY_MS = 150;

/**
 * The search input with suggestions as you type (a WAI-ARIA combobox): company names open the company, technology
 * labels are searched for. Enter without a chosen suggestion searches the text as typed.
 */
export function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listboxId = useId();
  const [text, setText] = useState(initial);
  // `suggesting`: the user is typing (suggestions wanted); `listbox`: whether they are shown and which is active
  const [suggesting, setSuggesting] = useState(false);
  const [listbox, setListbox] = useState<ListboxState>(CLOSED);
  // a new `initial` (the URL's query changed) resets the box, adjusted while rendering rather than in an effect
  const [seenInitial, setSeenInitial] = useState(initial);
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    setText(initial);
    setSuggesting(false);
    setListbox(CLOSED);
  }

  const typed = text.trim();
  const settled = useDebouncedValue(typed, SUGGEST_DELAY_MS);
  const { data } = useSuggestions(settled, suggesting);
  const items = suggesting && typed ? (data ?? []) : [];
  const visible = listbox.open && items.length > 0;
  const active = visible && listbox.active < items.length ? listbox.active : -1;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  const finish = () => {
    setSuggesting(false);
    setListbox(CLOSED);
  };

  const pick = (item: Suggestion) => {
    finish();
    if (item.type === 'company') {
      navigate(`/companies/${encodeURIComponent(item.id)}`);
    } else {
      setText(item.text);
      onSearch(item.text);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME is converting: Enter and arrows are its own
    const outcome = listboxKey({ open: visible, active }, event.key, items.length);
    if (!outcome.handled) return;
    event.preventDefault();
    if (outcome.pick !== undefined) {
      pick(items[outcome.pick]);
    } else {
      setListbox(outcome.state);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    finish();
    onSearch(typed);
  };

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <div className="combobox">
        <input
          type="search"
          role="combobox"
          aria-expanded={visible}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          data-testid="search-input"
          aria-label={t('search.submit')}
          placeholder={t('search.placeholder')}
          value={text}
          maxLength={1000}
          onChange={(event) => {
            setText(event.target.value);
            setSuggesting(true);
            setListbox({ open: true, active: -1 });
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setListbox(CLOSED)}
        />
        <ul
          role="listbox"
          id={listboxId}
          className="suggestions"
          aria-label={t('search.suggestions')}
          data-testid="suggestions"
          hidden={!visible}
        >
          {visible &&
            items.map((item, index) => (
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- combobox pattern: the keys (arrows, Enter, Escape) are handled by the input, which keeps the focus (aria-activedescendant); an option never takes focus
              <li
                key={`${item.type}-${item.id}-${item.language ?? ''}-${index}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                data-testid="suggestion"
                data-type={item.type}
                // keep the focus in the input; the click picks
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => index !== active && setListbox({ open: true, active: index })}
                onClick={() => pick(item)}
              >
                <span className="suggestion-text" lang={item.language ?? undefined}>
                  {item.text}
                </span>
                <span className={`badge suggestion-${item.type}`}>
                  {t(item.type === 'company' ? 'kinds.company' : 'search.technology')}
                </span>
              </li>
            ))}
        </ul>
      </div>
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
