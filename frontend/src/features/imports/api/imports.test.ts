import { progressPercent } from './imports';

describe('import progress', () => {
  it('is processed over total, full when done, zero while the total is unknown', () => {
    expect(progressPercent({ status: 'RUNNING', processed: 150, total: 300 })).toBe(50);
    expect(progressPercent({ status: 'RUNNING', processed: 10, total: null })).toBe(0);
    expect(progressPercent({ status: 'DONE', processed: 299, total: 300 })).toBe(100);
  });
});
