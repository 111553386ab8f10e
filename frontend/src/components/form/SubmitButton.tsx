import type { ReactNode } from 'react';

/** A form's primary button: disabled while the form is being sent, and then saying so (`pendingLabel`). */
export function SubmitButton({
  pending,
  pendingLabel,
  className = 'primary',
  children,
  ...rest
}: {
  pending: boolean;
  pendingLabel?: ReactNode;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <button type="submit" className={className} disabled={pending} {...rest}>
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}
