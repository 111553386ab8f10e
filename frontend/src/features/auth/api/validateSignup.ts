import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type SignupRequest } from './auth';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A password's length as the server counts it: Unicode code points, so 12 kanji or emoji are 12 characters. */
export const passwordLength = (password: string) => [...password].length;

/** The checks the browser can make before asking the server (which checks again, and refuses common passwords). */
export function validateSignup(request: SignupRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (!request.email.trim()) errors.push(clientError('email', 'required'));
  else if (!EMAIL.test(request.email.trim())) errors.push(clientError('email', 'email'));
  const length = passwordLength(request.password);
  if (length < MIN_PASSWORD_LENGTH) errors.push(clientError('password', 'password_size'));
  else if (length > MAX_PASSWORD_LENGTH) errors.push(clientError('password', 'too_long'));
  if (!request.displayName.trim()) errors.push(clientError('displayName', 'required'));
  const name = Object.values(request.company.names).find((n) => n && n.trim());
  if (!name) errors.push(clientError('company.names', 'required'));
  if (!request.company.country) errors.push(clientError('company.country', 'required'));
  if (!request.company.industry) errors.push(clientError('company.industry', 'required'));
  return errors;
}

/**
 * The server's field errors in the sign-up form's words: the password's length rule (`size`) and the refusal of a
 * common password have their own texts; everything else is shown as the server sent it.
 */
export function signupFieldErrors(errors: FieldError[], password: string): FieldError[] {
  return errors.map((error) => {
    if (error.field !== 'password') return error;
    if (error.code === 'size') {
      return { ...error, code: passwordLength(password) > MAX_PASSWORD_LENGTH ? 'too_long' : 'password_size' };
    }
    if (/common/i.test(error.code)) return { ...error, code: 'password_common' };
    return error;
  });
}
