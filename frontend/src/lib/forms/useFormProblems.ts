import { useState } from 'react';
import type { FieldError } from '../api-client';
import { rateLimited } from '../rateLimit';
import { failureErrors } from './fieldErrors';

/**
 * The problems of a form sent with one request: its field errors, and after a 429 how long to wait (see rateLimited;
 * shown with RateLimitNotice).
 */
export function useFormProblems() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [limited, setLimited] = useState<{ minutes: number | null } | null>(null);
  return {
    errors,
    limited,
    /** Shows the form's own problems before sending (and forgets the earlier ones); whether it may be sent. */
    check: (problems: FieldError[]) => {
      setErrors(problems);
      setLimited(null);
      return problems.length === 0;
    },
    /** A refused request: too many requests, or the errors `errorsOf` finds (the server's, or what went wrong). */
    fail: (error: unknown, errorsOf: (error: unknown) => FieldError[] = failureErrors) => {
      const tooMany = rateLimited(error);
      if (tooMany) setLimited(tooMany);
      else setErrors(errorsOf(error));
    },
  };
}
