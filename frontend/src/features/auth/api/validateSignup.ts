import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { MIN_PASSWORD_LENGTH, type SignupRequest } from './auth';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the browser can make before asking the server (which checks again). */
export function validateSignup(request: SignupRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (!request.email.trim()) errors.push(clientError('email', 'required'));
  else if (!EMAIL.test(request.email.trim())) errors.push(clientError('email', 'email'));
  if (request.password.length < MIN_PASSWORD_LENGTH) errors.push(clientError('password', 'password_size'));
  if (!request.displayName.trim()) errors.push(clientError('displayName', 'required'));
  const name = Object.values(request.company.names).find((n) => n && n.trim());
  if (!name) errors.push(clientError('company.names', 'required'));
  if (!request.company.country) errors.push(clientError('company.country', 'required'));
  if (!request.company.industry) errors.push(clientError('company.industry', 'required'));
  return errors;
}
