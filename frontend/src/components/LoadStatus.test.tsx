import { screen } from '@testing-library/react';
import { ApiError } from '@/lib/api-client';
import { changeLanguage } from '@/lib/i18n';
import { renderAt } from '@/test/render';
import { LoadStatus } from './LoadStatus';

const status = (pending: boolean, error: unknown) =>
  renderAt(
    '/',
    <LoadStatus pending={pending} error={error} notFound="needs.notFound" failed="needs.error" testId="need-error" />,
  );

describe('LoadStatus', () => {
  beforeEach(() => changeLanguage('en'));

  it('says it is loading', () => {
    status(true, null);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByTestId('need-error')).toBeNull();
  });

  it('tells a record the server refused from a server that failed', () => {
    const { unmount } = status(false, new ApiError(404, 'not_found', 'gone', []));
    expect(screen.getByTestId('need-error')).toHaveTextContent('This need does not exist or was removed.');
    unmount();
    status(false, new ApiError(503, 'unavailable', 'down', []));
    expect(screen.getByRole('alert')).toHaveTextContent('The need could not be loaded. Please try again.');
  });
});
