import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { changeLanguage } from '@/lib/i18n';
import { InputField, SelectField, TextAreaField } from './Field';

const required = [{ field: 'email', code: 'required', message: 'must not be blank' }];

describe('Field components', () => {
  beforeEach(() => changeLanguage('en'));

  it('ties the input to its label, hint and errors and hands on the text typed', () => {
    const typed: string[] = [];
    render(<InputField path="email" label="E-mail" errors={required} hint="We write to it" type="email"
      data-testid="email" value="" onChange={(value) => typed.push(value)} />);
    const input = screen.getByLabelText('E-mail');
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('name', 'email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(screen.getByTestId('field-error').textContent ?? '');
    expect(screen.getByText('We write to it')).toHaveClass('hint');
    fireEvent.change(input, { target: { value: 'a@b.example' } });
    expect(typed).toEqual(['a@b.example']);
  });

  it('words the errors with the errorText given', () => {
    render(<TextAreaField path="email" label="Note" errors={required} errorText={(_, error) => `!${error.code}`}
      value="" onChange={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
    expect(screen.getByTestId('field-error')).toHaveTextContent('!required');
  });

  it('offers the values of a select, with an empty first choice when asked, and hands on the value chosen', () => {
    function Choice() {
      const [value, setValue] = useState<'' | 'A' | 'B'>('');
      return (
        <SelectField path="kind" label="Kind" errors={[]} data-testid="kind" value={value} onChange={setValue}
          empty="Choose" options={['A', 'B'] as const} optionLabel={(option) => `Kind ${option}`} />
      );
    }
    render(<Choice />);
    const select = screen.getByRole('combobox', { name: 'Kind' });
    expect([...select.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose'],
      ['A', 'Kind A'],
      ['B', 'Kind B'],
    ]);
    fireEvent.change(select, { target: { value: 'B' } });
    expect(select).toHaveValue('B');
    expect(select).not.toHaveAttribute('aria-invalid');
  });
});
