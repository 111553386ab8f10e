import { CLOSED, listboxKey, type ListboxState } from './suggestionKeys';

const open = (active: number): ListboxState => ({ open: true, active });

describe('suggestion keyboard handling', () => {
  it('opens with ↓ on the first option and ↑ on the last', () => {
    expect(listboxKey(CLOSED, 'ArrowDown', 3)).toEqual({ state: open(0), handled: true });
    expect(listboxKey(CLOSED, 'ArrowUp', 3)).toEqual({ state: open(2), handled: true });
  });

  it('moves through the options and wraps at both ends', () => {
    expect(listboxKey(open(-1), 'ArrowDown', 3).state).toEqual(open(0));
    expect(listboxKey(open(0), 'ArrowDown', 3).state).toEqual(open(1));
    expect(listboxKey(open(2), 'ArrowDown', 3).state).toEqual(open(0));
    expect(listboxKey(open(2), 'ArrowUp', 3).state).toEqual(open(1));
    expect(listboxKey(open(0), 'ArrowUp', 3).state).toEqual(open(2));
    expect(listboxKey(open(-1), 'ArrowUp', 3).state).toEqual(open(2));
  });

  it('picks the active option with Enter and closes', () => {
    expect(listboxKey(open(1), 'Enter', 3)).toEqual({ state: CLOSED, pick: 1, handled: true });
  });

  it('leaves Enter to the form when no option is active (the typed text is searched)', () => {
    expect(listboxKey(open(-1), 'Enter', 3)).toEqual({ state: CLOSED, handled: false });
    expect(listboxKey(CLOSED, 'Enter', 0)).toEqual({ state: CLOSED, handled: false });
  });

  it('closes with Escape, and leaves Escape alone when nothing is shown', () => {
    expect(listboxKey(open(1), 'Escape', 3)).toEqual({ state: CLOSED, handled: true });
    expect(listboxKey(CLOSED, 'Escape', 3)).toEqual({ state: CLOSED, handled: false });
  });

  it('does nothing without options, and ignores other keys', () => {
    expect(listboxKey(CLOSED, 'ArrowDown', 0)).toEqual({ state: CLOSED, handled: false });
    expect(listboxKey(open(1), 'a', 3)).toEqual({ state: open(1), handled: false });
    expect(listboxKey(open(1), 'Home', 3).handled).toBe(false);
  });
});
