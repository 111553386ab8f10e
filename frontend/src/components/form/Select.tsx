import type { ReactNode, SelectHTMLAttributes } from 'react';

export type SelectProps<T extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> & {
  value: T;
  options: readonly T[];
  /** An option's text. */
  optionLabel: (option: T) => ReactNode;
  /** The text of a first option with the empty value ("Choose…", "All …"), when the select has one. */
  empty?: ReactNode;
  /** An option's `lang`, for options named in their own language. */
  optionLang?: (option: T) => string;
  onChange: (value: T) => void;
};

/** A `<select>` of fixed values (roles, statuses, kinds…): one option a value, `onChange` gets the value chosen. */
export function Select<T extends string>({ value, options, optionLabel, empty, optionLang, onChange, ...select }: SelectProps<T>) {
  return (
    <select {...select} value={value} onChange={(event) => onChange(event.target.value as T)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option} value={option} lang={optionLang?.(option)}>
          {optionLabel(option)}
        </option>
      ))}
    </select>
  );
}
