import { render, screen } from '@testing-library/react';
import { TableHead } from './TableHead';

describe('TableHead', () => {
  it('heads each column, with an empty cell for a column without a heading', () => {
    render(
      <table>
        <TableHead scope="col" columns={['Name', <span key="x">Role</span>, null]} />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['Name', 'Role', '']);
    expect(headers[0]).toHaveAttribute('scope', 'col');
  });
});
