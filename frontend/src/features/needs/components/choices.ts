import type { FieldError } from '@/lib/api-client';

/** A need's list of codes, chosen in a field of its own (certifications, regions), with the field's errors. */
export interface ChoicesProps {
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldError[];
}
