import { render, screen } from '@testing-library/react';
import { SubmitButton } from './SubmitButton';

describe('SubmitButton', () => {
  it('is disabled and says so while the form is sent', () => {
    const { rerender } = render(<SubmitButton pending={false} pendingLabel="Sending…" data-testid="send">Send</SubmitButton>);
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    expect(screen.getByTestId('send')).toHaveAttribute('type', 'submit');
    rerender(<SubmitButton pending pendingLabel="Sending…" data-testid="send">Send</SubmitButton>);
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  });
});
