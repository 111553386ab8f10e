import type { ReactNode } from 'react';
import type { FieldError } from '@/lib/api-client';
import { fieldId } from '@/lib/forms/fieldErrors';
import { FieldErrors, errorsId } from './FieldErrors';

/** The attributes that tie an input to its label and its errors. */
export function inputProps(path: string, errors: FieldError[]) {
  return {
    id: fieldId(path),
    name: path,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': errors.length > 0 ? errorsId(path) : undefined,
  };
}

/** A label, one input and the input's errors. */
export function Field({
  path,
  label,
  errors,
  hint,
  children,
  className,
}: {
  path: string;
  label: ReactNode;
  errors: FieldError[];
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`field${errors.length ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {children}
      {hint && <small className="hint">{hint}</small>}
      <FieldErrors path={path} errors={errors} />
    </div>
  );
}
