/** The suggestion list's state: shown or not, and which option is active (-1: none, the input has the focus). */
export interface ListboxState {
  open: boolean;
  active: number;
}

export interface KeyOutcome {
  state: ListboxState;
  /** The option chosen with Enter. */
  pick?: number;
  /** The key was used by the list: the caller prevents its default (no form submit, no caret move). */
  handled: boolean;
}

export const CLOSED: ListboxState = { open: false, active: -1 };

/**
 * Keyboard handling of the search box's suggestions (WAI-ARIA combobox with a listbox popup):
 * ↓ / ↑ open the list and move through it, wrapping at either end; Enter picks the active option (without one it is
 * left to the form, which searches the text); Escape closes the list. `count` is the number of options shown.
 */
export function listboxKey(state: ListboxState, key: string, count: number): KeyOutcome {
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { state, handled: false };
      if (!state.open) return { state: { open: true, active: 0 }, handled: true };
      return { state: { open: true, active: state.active + 1 >= count ? 0 : state.active + 1 }, handled: true };
    case 'ArrowUp':
      if (count === 0) return { state, handled: false };
      if (!state.open) return { state: { open: true, active: count - 1 }, handled: true };
      return { state: { open: true, active: state.active <= 0 ? count - 1 : state.active - 1 }, handled: true };
    case 'Enter':
      if (state.open && state.active >= 0 && state.active < count) {
        return { state: CLOSED, pick: state.active, handled: true };
      }
      return { state: CLOSED, handled: false };
    case 'Escape':
      if (state.open && count > 0) return { state: CLOSED, handled: true };
      return { state: CLOSED, handled: false };
    default:
      return { state, handled: false };
  }
}
