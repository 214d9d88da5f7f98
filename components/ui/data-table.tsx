import type { ReactNode } from "react";

/** The app's list table: a header row from `columns` (a `false` column is left out), the rows as children. */
export function DataTable({ columns, children }: { columns: (string | false)[]; children: ReactNode }) {
  return (
    <table className="w-full overflow-hidden rounded-xl bg-white text-left text-sm shadow">
      <thead className="bg-slate-100 text-slate-600">
        <tr>
          {columns
            .filter((column) => column !== false)
            .map((column) => (
              <th key={column} className="px-4 py-2">
                {column}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
