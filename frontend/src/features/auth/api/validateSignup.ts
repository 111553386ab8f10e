import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type SignupRequest } from './auth';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A password's length as the server counts it: Unicode code points of the NFC form, so 12 kanji or emoji are
 * 12 characters.
 */
export const passwordLength = (password: string) => [...password.normalize('NFC')].length;

/** The e-mail checks of the account forms (sign-up, forgotten password), at field `email`. */
export function validateEmail(email: string): FieldError[] {
  if (!email.trim()) return [clientError('email', 'required')];
  if (!EMAIL.test(email.trim())) return [clientError('email', 'email')];
  return [];
}

/**
 * The new-password checks of sign-up, password reset and password change (the server checks again, and refuses
 * common passwords), at `field`.
 */
export function validatePassword(password: string, field = 'password'): FieldError[] {
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) return [clientError(field, 'password_size')];
  if (length > MAX_PASSWORD_LENGTH) return [clientError(field, 'too_long')];
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

/**
 * The server's field errors in the words of a form with a new password (sign-up, password reset, password change;
 * the new password at `field`): the password's length rule (`password_size`, or a plain `size`) says whether it was
 * too short or too long, and the refusal of a common password (`not_common_password`) has its own text; everything
 * else is shown as the server sent it.
 */
export function passwordFieldErrors(errors: FieldError[], password: string, field = 'password'): FieldError[] {
  return errors.map((error) => {
    if (error.field !== field) return error;
    if (error.code === 'size' || error.code === 'password_size') {
      return { ...error, code: passwordLength(password) > MAX_PASSWORD_LENGTH ? 'too_long' : 'password_size' };
    }
    if (/common/i.test(error.code)) return { ...error, code: 'password_common' };
    return error;
  });
}
