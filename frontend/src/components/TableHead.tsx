import type { ReactNode } from 'react';

/** A table's header row: one heading a column (`null` for a column without one). */
export function TableHead({ columns, scope }: { columns: ReactNode[]; scope?: 'col' }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope={scope}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
