import { useState } from 'react';
import type { FieldError } from '@/lib/api-client';
import { Field, inputProps } from './Field';

const toItems = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A list of short texts edited one per line. */
export function ListField({
  path,
  label,
  hint,
  value,
  onChange,
  errors,
  testId,
}: {
  path: string;
  label: string;
  hint?: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldError[];
  testId: string;
}) {
  const [text, setText] = useState(value.join('\n'));
  // a reload from the server replaces the text; the user's own blank lines are kept while typing
  // (adjusted while rendering when a new value arrives: https://react.dev/learn/you-might-not-need-an-effect)
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    setSeenValue(value);
    if (toItems(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }
  return (
    <Field path={path} label={label} errors={errors} hint={hint}>
      <textarea
        rows={3}
        {...inputProps(path, errors)}
        data-testid={testId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(toItems(event.target.value));
        }}
      />
    </Field>
  );
}
