import { render, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { RateLimitNotice } from './RateLimitNotice';

describe('RateLimitNotice', () => {
  beforeEach(() => changeLanguage('en'));

  it('says how many minutes to wait, or to wait a while when the server did not say', () => {
    const { rerender } = render(<RateLimitNotice limited={{ minutes: 3 }} messages="auth.tooManyRequests" testId="limit" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/3/);
    expect(screen.getByTestId('limit').tagName).toBe('P');
    rerender(<RateLimitNotice limited={{ minutes: null }} messages="auth.tooManyRequests" testId="limit" inline />);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/\d/);
    expect(screen.getByTestId('limit').tagName).toBe('SPAN');
  });

  it('shows nothing when not limited', () => {
    render(<RateLimitNotice limited={null} messages="auth.tooManyRequests" testId="limit" />);
    expect(screen.queryByTestId('limit')).toBeNull();
  });
});
