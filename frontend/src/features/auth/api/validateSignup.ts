import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { validatePassword } from '@/lib/auth/password';
import type { SignupRequest } from './auth';

// the password rules are shared with the other features' password forms
export { passwordFieldErrors, passwordLength, validatePassword } from '@/lib/auth/password';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail checks of the account forms (sign-up, forgotten password), at field `email`. */
export function validateEmail(email: string): FieldError[] {
  if (!email.trim()) return [clientError('email', 'required')];
  if (!EMAIL.test(email.trim())) return [clientError('email', 'email')];
  return [];
}

/** The checks the browser can make before asking the server (which checks again, and refuses common passwords). */
export function validateSignup(request: SignupRequest): FieldError[] {
  const errors: FieldError[] = [...validateEmail(request.email), ...validatePassword(request.password)];
  if (!request.displayName.trim()) errors.push(clientError('displayName', 'required'));
  const name = Object.values(request.company.names).find((n) => n && n.trim());
  if (!name) errors.push(clientError('company.names', 'required'));
  if (!request.company.country) errors.push(clientError('company.country', 'required'));
  if (!request.company.industry) errors.push(clientError('company.industry', 'required'));
  return errors;
}
