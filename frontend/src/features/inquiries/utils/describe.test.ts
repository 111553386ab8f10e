import { counterpartName, subjectLink, subjectTitle, subjectType, unreadCount } from './describe';

describe('reading inbox subjects and counterparts', () => {
  it('takes titles or names in the UI language, or a plain string', () => {
    expect(subjectTitle({ type: 'NEED', id: 'n1', titles: { ja: '治具設計', zh: null, en: 'Jig design' } }, 'en')).toBe('Jig design');
    expect(subjectTitle({ type: 'COMPANY', id: 'c1', names: { ja: '林精密', zh: null, en: null } }, 'zh')).toBe('林精密');
    expect(subjectTitle('Jig design', 'ja')).toBe('Jig design');
    expect(subjectTitle({ title: 'A title' }, 'ja')).toBe('A title');
  });

  it('reads a hidden counterpart as none', () => {
    expect(counterpartName(null, 'ja')).toBeNull();
    expect(counterpartName({ id: 'c2', names: { ja: null, zh: null, en: null } }, 'ja')).toBeNull();
  });

  it('knows the subject type and where it lives', () => {
    expect(subjectType({ subjectType: 'capacity' })).toBe('CAPACITY');
    expect(subjectLink({ type: 'NEED', id: 'n1' })).toBe('/needs/n1');
    expect(subjectLink({ type: 'COMPANY', id: 'c1' })).toBe('/companies/c1');
    expect(subjectLink('text')).toBeNull();
  });

  it('counts unread messages from a number or a flag', () => {
    expect(unreadCount(4)).toBe(4);
    expect(unreadCount(true)).toBe(1);
    expect(unreadCount(false)).toBe(0);
  });
});
