// Writes many rows of one table in one statement: the rows travel as one JSON document and
// `json_to_recordset` turns it back into typed rows, so thousands of rows cost one round trip, one plan and one
// native JSON.stringify (array parameters cost far more: the driver escapes every element in JavaScript).
// Timestamps are ISO strings read as timestamptz and stored as UTC, whatever the session's time zone.
import type pg from "pg";
import type { ColumnType, TableSpec } from "./tables";

const quote = (name: string) => `"${name}"`;

function recordType(type: ColumnType): string {
  return type.startsWith("enum:") ? `${quote(type.slice(5))}` : type;
}

function selectExpression(name: string, type: ColumnType): string {
  return type === "timestamptz" ? `r.${quote(name)} AT TIME ZONE 'UTC'` : `r.${quote(name)}`;
}

const sqlCache = new Map<string, string>();

function insertSql({ table, columns }: TableSpec): string {
  const cached = sqlCache.get(table);
  if (cached) return cached;
  const entries = Object.entries(columns) as [string, ColumnType][];
  const sql = `INSERT INTO ${quote(table)} (${entries.map(([name]) => quote(name)).join(", ")})
    SELECT ${entries.map(([name, type]) => selectExpression(name, type)).join(", ")}
    FROM jsonb_to_recordset($1::jsonb) AS r(${entries.map(([name, type]) => `${quote(name)} ${recordType(type)}`).join(", ")})`;
  sqlCache.set(table, sql);
  return sql;
}

/** `rowsJson`: the rows as a JSON array (Dates as ISO strings, a jsonb column's value as nested JSON). */
export async function insertRows(client: pg.ClientBase, spec: TableSpec, rowsJson: string): Promise<void> {
  if (rowsJson === "[]") return;
  await client.query(insertSql(spec), [rowsJson]);
}
