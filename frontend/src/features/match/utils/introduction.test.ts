import { authorName, introductionFor } from './introduction';

describe('introductions from recommendations', () => {
  it('introduces the need’s firm to a recommended company, with the need', () => {
    expect(introductionFor({ type: 'need', id: 'n1', companyId: 'firm' }, { kind: 'company', id: 'sme', companyId: 'sme' }, ' Talk! ')).toEqual(
      { companyA: 'firm', companyB: 'sme', needId: 'n1', note: 'Talk!' },
    );
  });

  it('introduces a company to the owner of a recommended need (with it) or listing (without)', () => {
    const subject = { type: 'company' as const, id: 'sme', companyId: 'sme' };
    expect(introductionFor(subject, { kind: 'need', id: 'n2', companyId: 'firm' }, '')).toEqual({
      companyA: 'sme',
      companyB: 'firm',
      needId: 'n2',
      note: '',
    });
    expect(introductionFor(subject, { kind: 'capacity', id: 'k1', companyId: 'lab' }, 'x')).toEqual({
      companyA: 'sme',
      companyB: 'lab',
      note: 'x',
    });
  });

  it('introduces a listing’s owner to a company that could use it', () => {
    expect(introductionFor({ type: 'capacity', id: 'k1', companyId: 'lab' }, { kind: 'COMPANY', id: 'c', companyId: null }, 'x')).toEqual({
      companyA: 'lab',
      companyB: 'c',
      note: 'x',
    });
  });

  it('cannot introduce when a company is unknown or both are the same', () => {
    expect(introductionFor({ type: 'need', id: 'n1', companyId: null }, { kind: 'company', id: 'c', companyId: 'c' }, '')).toBeNull();
    expect(introductionFor({ type: 'company', id: 's', companyId: 's' }, { kind: 'need', id: 'n', companyId: null }, '')).toBeNull();
    expect(introductionFor({ type: 'company', id: 's', companyId: 's' }, { kind: 'capacity', id: 'k', companyId: 's' }, '')).toBeNull();
  });

  it('names who changed a status, whatever shape `by` has', () => {
    const coordinator = { id: 'u1', displayName: '佐藤' };
    expect(authorName('u1', coordinator)).toBe('佐藤');
    expect(authorName('山田', coordinator)).toBe('山田');
    expect(authorName({ id: 'u2', displayName: '林' }, coordinator)).toBe('林');
    expect(authorName({ id: 'u1' }, coordinator)).toBe('佐藤');
    expect(authorName(null, coordinator)).toBeNull();
  });
});
