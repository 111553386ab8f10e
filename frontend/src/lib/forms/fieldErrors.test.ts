import { ApiError } from '../api-client';
import { failureErrors, fieldId, normalizePath, parentPath, placeErrors, problemsOf, slotFor } from './fieldErrors';

const error = (field: string, code = 'required') => ({ field, code, message: `${field} ${code}` });

describe('field paths', () => {
  it('normalises the API paths the backend may send', () => {
    expect(normalizePath('names')).toBe('names');
    expect(normalizePath('$.capital.amount')).toBe('capital.amount');
    expect(normalizePath('equipment.1.count')).toBe('equipment[1].count');
    expect(normalizePath('equipment[1].count')).toBe('equipment[1].count');
    expect(normalizePath('technologies.2')).toBe('technologies[2]');
  });

  it('walks up to the enclosing path', () => {
    expect(parentPath('equipment[1].count')).toBe('equipment[1]');
    expect(parentPath('equipment[1]')).toBe('equipment');
    expect(parentPath('names.ja')).toBe('names');
    expect(parentPath('names')).toBe('');
  });

  it('turns a path into a DOM id', () => {
    expect(fieldId('capital.amount')).toBe('field-capital-amount');
    expect(fieldId('equipment[1].count')).toBe('field-equipment-1-count');
    expect(fieldId('names')).toBe('field-names');
  });
});

describe('placing errors next to inputs', () => {
  const slots = new Set(['names', 'names.ja', 'capital.amount', 'technologies', 'equipment', 'equipment[1].count']);

  it('uses the exact input when there is one', () => {
    expect(slotFor('capital.amount', slots)).toBe('capital.amount');
    expect(slotFor('equipment[1].count', slots)).toBe('equipment[1].count');
    expect(slotFor('names.ja', slots)).toBe('names.ja');
  });

  it('falls back to the nearest enclosing input', () => {
    expect(slotFor('technologies[2]', slots)).toBe('technologies');
    expect(slotFor('names.zh', slots)).toBe('names');
    expect(slotFor('equipment[0].maker', slots)).toBe('equipment');
  });

  it('leaves unknown paths for the summary', () => {
    const placed = placeErrors([error('capital.amount', 'positive_or_zero'), error('website'), error('technologies[2]', 'unknown')], slots);
    expect(placed.at('capital.amount').map((e) => e.code)).toEqual(['positive_or_zero']);
    expect(placed.at('technologies').map((e) => e.code)).toEqual(['unknown']);
    expect(placed.unplaced.map((e) => e.field)).toEqual(['website']);
    expect(placed.at('names')).toEqual([]);
    expect(placed.count).toBe(3);
  });
});

describe('problemsOf', () => {
  it('reads a 409 as a conflict', () => {
    expect(problemsOf(new ApiError(409, 'conflict', 'stale')).conflict).toBe(true);
    expect(problemsOf(new ApiError(409, 'conflict', 'stale', [error('version', 'stale')])).conflict).toBe(true);
  });

  it('keeps field errors and turns other failures into one general problem', () => {
    expect(problemsOf(new ApiError(400, 'validation', 'bad', [error('names')])).errors).toEqual([error('names')]);
    expect(problemsOf(new ApiError(403, 'forbidden', 'no')).errors).toEqual([{ field: '', code: 'forbidden', message: 'no' }]);
    expect(problemsOf(new TypeError('Failed to fetch')).errors[0].code).toBe('network');
  });
});

describe('failureErrors', () => {
  it('keeps the API\'s field errors, else makes one general problem of its code, else of the network', () => {
    expect(failureErrors(new ApiError(400, 'validation', 'bad', [error('names')]))).toEqual([error('names')]);
    expect(failureErrors(new ApiError(409, 'conflict', 'taken'))).toEqual([{ field: '', code: 'conflict', message: 'taken' }]);
    expect(failureErrors(new TypeError('Failed to fetch'))).toEqual([
      { field: '', code: 'network', message: 'Failed to fetch' },
    ]);
    expect(failureErrors('gone')).toEqual([{ field: '', code: 'network', message: '' }]);
  });

  it('renames a code the caller has its own words for', () => {
    const lastOwner = new ApiError(409, 'last_owner', 'last owner');
    expect(failureErrors(lastOwner, { last_owner: 'last_owner_leave' })[0].code).toBe('last_owner_leave');
    expect(failureErrors(lastOwner, { other: 'x' })[0].code).toBe('last_owner');
  });
});
