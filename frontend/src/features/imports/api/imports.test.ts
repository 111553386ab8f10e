import { progressPercent } from './imports';

describe('import progress', () => {
  it('is processed over total, full when done, zero while the total is not known yet (0)', () => {
    expect(progressPercent({ status: 'RUNNING', processed: 150, total: 300 })).toBe(50);
    expect(progressPercent({ status: 'RUNNING', processed: 10, total: 0 })).toBe(0);
    expect(progressPercent({ status: 'DONE', processed: 299, total: 300 })).toBe(100);
  });
});
