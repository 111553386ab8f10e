import type { Company } from '../api/company';
import { newEquipmentRow, profileCompleteness, profileSlots, toDraft, toRequest, validateProfile } from './profileDraft';

const NONE = { ja: null, zh: null, en: null };
const COMPANY: Company = {
  id: 'c1',
  version: 7,
  kind: 'SME',
  names: { ja: '林精密', zh: null, en: null },
  headlines: NONE,
  descriptions: NONE,
  industry: 'MANUFACTURING',
  country: 'JP',
  region: null,
  capital: null,
  employees: null,
  foundedYear: null,
  website: null,
  technologies: [],
  freeTerms: [],
  products: [],
  materials: [],
  equipment: [],
  designations: { srdiProvincialYear: null, littleGiantYear: null },
  verified: false,
  certifications: [],
  smeClass: { code: 'UNDETERMINED', sector: null, reason: NONE },
  createdAt: '2026-11-23T06:00:00Z',
  updatedAt: '2026-11-23T06:00:00Z',
};

describe('the profile draft', () => {
  it('round-trips to a request with the version and typed numbers', () => {
    const draft = { ...toDraft(COMPANY), capitalAmount: '30000000', employees: '85', foundedYear: '1968' };
    draft.equipment = [{ ...newEquipmentRow(), type: '研削盤', count: '2' }];
    const request = toRequest(draft);
    expect(request.version).toBe(7);
    expect(request.capital).toEqual({ amount: 30000000, currency: 'JPY' });
    expect(request.employees).toBe(85);
    expect(request.contact).toBeNull();
    expect(request.equipment).toEqual([{ type: '研削盤', maker: null, model: null, count: 2, maxWorkSize: null }]);
    expect(request.designations).toEqual({ srdiProvincialYear: null, littleGiantYear: null });
    expect(request.headlines).toEqual({ ja: null, zh: null, en: null });
  });

  it('reads who may see each contact detail, signed-in users by default', () => {
    expect(toDraft(COMPANY).contactVisibility).toEqual({ person: 'MEMBERS', email: 'MEMBERS', phone: 'MEMBERS' });
    const draft = toDraft({
      ...COMPANY,
      contact: {
        person: '林 一郎',
        email: 'sales@hayashi.example',
        phone: null,
        visibility: { person: 'PUBLIC', email: 'INQUIRY', phone: null },
        withheld: [],
      },
    });
    expect(draft.contactVisibility).toEqual({ person: 'PUBLIC', email: 'INQUIRY', phone: 'MEMBERS' });
    expect(draft.contactPerson).toBe('林 一郎');
  });

  it('sends the contact with each detail’s audience once any detail is filled, else none', () => {
    const draft = {
      ...toDraft(COMPANY),
      contactEmail: ' sales@hayashi.example ',
      contactVisibility: { person: 'MEMBERS', email: 'INQUIRY', phone: 'PUBLIC' } as const,
    };
    expect(toRequest(draft).contact).toEqual({
      person: null,
      email: 'sales@hayashi.example',
      phone: null,
      visibility: { person: 'MEMBERS', email: 'INQUIRY', phone: 'PUBLIC' },
    });
    expect(toRequest({ ...draft, contactEmail: '  ' }).contact).toBeNull();
  });

  it('checks names, numbers, years, website, e-mail and equipment rows', () => {
    const draft = {
      ...toDraft(COMPANY),
      names: { ja: ' ', zh: null, en: null },
      employees: '-3',
      foundedYear: '2999',
      website: 'example.com',
      contactEmail: 'nobody',
      equipment: [{ ...newEquipmentRow(), count: '1' }],
    };
    const fields = validateProfile(draft, 2026).map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual([
      'names:required',
      'employees:positive_or_zero',
      'foundedYear:future',
      'website:pattern',
      'contact.email:email',
      'equipment[0].type:not_blank',
    ]);
  });

  it('has an error slot for every equipment row field and contact audience', () => {
    const draft = { ...toDraft(COMPANY), equipment: [newEquipmentRow(), newEquipmentRow()] };
    expect(profileSlots(draft)).toEqual(
      expect.arrayContaining(['equipment[1].count', 'capital.amount', 'names.zh', 'contact.visibility.email']),
    );
  });

  it('measures completeness', () => {
    const empty = profileCompleteness(COMPANY);
    expect(empty.missing).toContain('logo');
    expect(empty.missing).not.toContain('names');
    const fuller = profileCompleteness({ ...COMPANY, logoUrl: '/api/companies/c1/logo', technologies: ['MACHINING'] });
    expect(fuller.percent).toBeGreaterThan(empty.percent);
  });
});
