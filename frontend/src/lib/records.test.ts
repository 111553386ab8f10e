import { act, waitFor } from '@testing-library/react';
import { mockApi, renderHookInApp, requests } from '@/test/render';
import { useRecord, useSaveRecord, type RecordApi } from './records';

const THINGS: RecordApi = { collection: '/api/things', key: (id) => ['things', 'one', id], lists: ['things', 'list'] };

describe('records', () => {
  it('reads a record by its id (with the id encoded), and nothing without one', async () => {
    mockApi({ '/api/things/a%2Fb': { id: 'a/b', name: 'one' } });
    const { result } = renderHookInApp(() => ({
      one: useRecord<{ id: string }>(THINGS, 'a/b'),
      none: useRecord(THINGS, undefined),
    }));
    await waitFor(() => expect(result.current.one.data).toEqual({ id: 'a/b', name: 'one' }));
    expect(result.current.none.fetchStatus).toBe('idle');
    expect(requests.map((r) => r.url)).toEqual(['/api/things/a%2Fb']);
  });

  it('creates without an id, updates with one, and keeps the saved record for its page', async () => {
    mockApi({ 'POST /api/things': { id: 't1', name: 'new' }, 'PUT /api/things/t1': { id: 't1', name: 'changed' } });
    const { result } = renderHookInApp(() => ({
      create: useSaveRecord(THINGS),
      update: useSaveRecord(THINGS, 't1'),
      read: useRecord(THINGS, 't1'),
    }));
    await act(() => result.current.create.mutateAsync({ name: 'new' }));
    await act(() => result.current.update.mutateAsync({ name: 'changed' }));
    expect(requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/things', { name: 'new' }],
      ['PUT', '/api/things/t1', { name: 'changed' }],
    ]);
    await waitFor(() => expect(result.current.read.data).toEqual({ id: 't1', name: 'changed' }));
  });
});
