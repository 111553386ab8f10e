import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { TFunction } from 'i18next';
import type { FieldError } from '@/lib/api-client';
import { fieldId } from '@/lib/forms/fieldErrors';
import { FieldErrors, errorsId } from './FieldErrors';
import { Select, type SelectProps } from './Select';

/** The attributes that tie an input to its label and its errors. */
export function inputProps(path: string, errors: FieldError[]) {
  return {
    id: fieldId(path),
    name: path,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': errors.length > 0 ? errorsId(path) : undefined,
  };
}

/** What every field has around its input: the label, a hint and the errors (worded by `errorText`, see FieldErrors). */
export interface FieldFrame {
  path: string;
  label: ReactNode;
  errors: FieldError[];
  hint?: ReactNode;
  className?: string;
  errorText?: (t: TFunction, error: FieldError) => string;
}

/** A label, one input and the input's errors. */
export function Field({ path, label, errors, hint, className, errorText, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={`field${errors.length ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {children}
      {hint && <small className="hint">{hint}</small>}
      <FieldErrors path={path} errors={errors} text={errorText} />
    </div>
  );
}

/** Splits a field's props into its frame (for Field) and the rest (for its input). */
function frameOf<P extends FieldFrame>({ path, label, errors, hint, className, errorText, ...input }: P) {
  return { frame: { path, label, errors, hint, className, errorText }, input };
}

type Control<A> = Omit<A, 'className' | 'onChange' | 'value'> & { value: string; onChange: (value: string) => void };

/** A text field's frame, and its control's attributes: tied to the label and errors, `onChange` given the text. */
function textField<A>(props: FieldFrame & Control<A>) {
  const { frame, input } = frameOf(props);
  const { onChange, ...attributes } = input;
  return {
    frame,
    control: {
      ...attributes,
      ...inputProps(frame.path, frame.errors),
      onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    },
  };
}

/** A Field with an `<input>`; `onChange` gets the text. */
export function InputField(props: FieldFrame & Control<InputHTMLAttributes<HTMLInputElement>>) {
  const { frame, control } = textField(props);
  return (
    <Field {...frame}>
      <input {...control} />
    </Field>
  );
}

/** A Field with a `<textarea>`; `onChange` gets the text. */
export function TextAreaField(props: FieldFrame & Control<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { frame, control } = textField(props);
  return (
    <Field {...frame}>
      <textarea {...control} />
    </Field>
  );
}

/** The props of a field whose label and path its component knows: the errors, the value and where it goes. */
export interface FieldValue<V> {
  errors: FieldError[];
  value: V;
  onChange: (value: V) => void;
  'data-testid': string;
}

/** A Field with a Select of fixed values. */
export function SelectField<T extends string>(props: FieldFrame & Omit<SelectProps<T>, 'className'>) {
  const { frame, input } = frameOf(props);
  return (
    <Field {...frame}>
      <Select {...input} {...inputProps(frame.path, frame.errors)} />
    </Field>
  );
}
