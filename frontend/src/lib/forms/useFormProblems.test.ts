import { act } from '@testing-library/react';
import { ApiError } from '@/lib/api-client';
import { renderHookInApp } from '@/test/render';
import { clientError } from './fieldErrors';
import { useFormProblems } from './useFormProblems';

describe('useFormProblems', () => {
  it('keeps the form from being sent with its own problems, and forgets them (and a wait) when checked again', () => {
    const { result } = renderHookInApp(() => useFormProblems());
    act(() => result.current.fail(new ApiError(429, 'too_many_requests', 'Too many', [], 120)));
    expect(result.current.limited).toEqual({ minutes: 2 });
    let ok = true;
    act(() => {
      ok = result.current.check([clientError('email', 'required')]);
    });
    expect(ok).toBe(false);
    expect(result.current.errors).toEqual([clientError('email', 'required')]);
    expect(result.current.limited).toBeNull();
    act(() => {
      ok = result.current.check([]);
    });
    expect(ok).toBe(true);
    expect(result.current.errors).toEqual([]);
  });

  it('shows a refusal’s errors, worded by errorsOf when given', () => {
    const { result } = renderHookInApp(() => useFormProblems());
    const refusal = new ApiError(400, 'validation', 'Invalid', [{ field: 'email', code: 'email', message: 'no' }]);
    act(() => result.current.fail(refusal));
    expect(result.current.errors).toEqual(refusal.errors);
    act(() => result.current.fail(new Error('offline')));
    expect(result.current.errors).toEqual([clientError('', 'network', 'offline')]);
    act(() => result.current.fail(refusal, () => [clientError('', 'mine')]));
    expect(result.current.errors).toEqual([clientError('', 'mine')]);
    expect(result.current.limited).toBeNull();
  });
});
