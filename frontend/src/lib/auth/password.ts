import type { FieldError } from '../api-client';
import { clientError } from '../forms/fieldErrors';

/**
 * The server's password rule, shared by every form that sets a password (sign-up, reset, change, accepting an
 * invitation): 12 to 200 characters, counted as Unicode code points (any script), not a common one.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * A password's length as the server counts it: Unicode code points of the NFC form, so 12 kanji or emoji are
 * 12 characters.
 */
export const passwordLength = (password: string) => [...password.normalize('NFC')].length;

/** The new-password checks the browser can make (the server checks again, and refuses common passwords), at `field`. */
export function validatePassword(password: string, field = 'password'): FieldError[] {
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) return [clientError(field, 'password_size')];
  if (length > MAX_PASSWORD_LENGTH) return [clientError(field, 'too_long')];
  return [];
}

/**
 * The server's field errors in the words of a form with a new password (at `field`): the password's length rule
 * (`password_size`, or a plain `size`) says whether it was too short or too long, and the refusal of a common password
 * (`not_common_password`) has its own text; everything else is shown as the server sent it.
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
