import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The outcome's text, and the link (`to`, named `action`) to where the user goes on from there. */
interface LinkOutcomeProps {
  text: ReactNode;
  to: string;
  action: ReactNode;
  testId: string;
  linkTestId: string;
}

/** What a mail's link did: done, and the button to go on with (`linkTestId`). */
export function LinkDone({ text, to, action, testId, linkTestId }: LinkOutcomeProps) {
  return (
    <div className="status success" role="status" data-testid={testId}>
      <p>{text}</p>
      <Link to={to} className="button primary" data-testid={linkTestId}>
        {action}
      </Link>
    </div>
  );
}

/** A mail's link that is no good (unknown, used or expired), and where to get on from there. */
export function LinkRefused({ text, to, action, testId, linkTestId }: LinkOutcomeProps) {
  return (
    <p className="status error" role="alert" data-testid={testId}>
      {text}{' '}
      <Link to={to} data-testid={linkTestId}>
        {action}
      </Link>
    </p>
  );
}
