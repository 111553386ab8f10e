import { applyFeedback, candidateRef, type Recommendation } from './recommendations';

const item = (id: string, feedback: Recommendation['feedback'] = null): Recommendation => ({
  kind: 'company',
  id,
  names: { ja: id, zh: null, en: null },
  companyId: id,
  companyNames: null,
  score: 1,
  mutual: false,
  reasons: [],
  feedback,
});

describe('feedback on recommendations', () => {
  const list = [item('a'), item('b'), item('c')];

  it('names candidates as kind:id', () => {
    expect(candidateRef({ kind: 'COMPANY', id: 'x1' })).toBe('company:x1');
  });

  it('takes a not-relevant item out and puts it back where it was when taken back', () => {
    const without = applyFeedback(list, { item: list[1], verdict: 'NOT_RELEVANT' });
    expect(without.map((i) => i.id)).toEqual(['a', 'c']);
    const back = applyFeedback(without, { item: list[1], verdict: 'NONE', index: 1 });
    expect(back.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(back[1].feedback).toBeNull();
  });

  it('marks and unmarks interest in place', () => {
    const marked = applyFeedback(list, { item: list[2], verdict: 'INTERESTED' });
    expect(marked.map((i) => i.feedback)).toEqual([null, null, 'INTERESTED']);
    expect(applyFeedback(marked, { item: marked[2], verdict: 'NONE' }).map((i) => i.feedback)).toEqual([null, null, null]);
  });
});
