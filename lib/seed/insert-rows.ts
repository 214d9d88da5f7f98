// Writes many rows of one table in one statement: each column travels as one array parameter and
// `unnest` turns the arrays back into rows. Thousands of rows cost one round trip and one plan. The session must
// run in UTC (see openSeedSession), as Prisma's `timestamp(3)` columns hold UTC.
import type pg from "pg";
import type { ColumnType, TableSpec } from "./tables";

const quote = (name: string) => `"${name}"`;

/** Arrays and enums travel as text and are cast per row: unnest would flatten a text[][] into one column. */
function unnestType(type: ColumnType): string {
  return type.startsWith("enum:") || type === "text[]" ? "text" : type;
}

function selectCast(type: ColumnType): string {
  if (type.startsWith("enum:")) return `::${quote(type.slice(5))}`;
  return type === "text[]" ? "::text[]" : "";
}

const sqlCache = new Map<string, string>();

function insertSql({ table, columns }: TableSpec): string {
  const cached = sqlCache.get(table);
  if (cached) return cached;
  const names = Object.keys(columns);
  const types = Object.values(columns);
  const select = names.map((name, i) => `u.${quote(name)}${selectCast(types[i] as ColumnType)}`);
  const unnest = types.map((type, i) => `$${i + 1}::${unnestType(type)}[]`);
  const sql = `INSERT INTO ${quote(table)} (${names.map(quote).join(", ")}) SELECT ${select.join(", ")} FROM unnest(${unnest.join(", ")}) AS u(${names.map(quote).join(", ")})`;
  sqlCache.set(table, sql);
  return sql;
}

function toParam(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (type === "jsonb") return typeof value === "string" ? value : JSON.stringify(value);
  if (type === "text[]") return arrayLiteral(value as string[]);
  return value;
}

/** `{"a","b"}`: PostgreSQL's text form of a text[]; seeded values hold no quotes or backslashes to escape. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value}"`).join(",")}}`;
}

export async function insertRows(
  client: pg.ClientBase,
  spec: TableSpec,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const entries = Object.entries(spec.columns) as [string, ColumnType][];
  const params = entries.map(([name, type]) => rows.map((row) => toParam(row[name], type)));
  await client.query(insertSql(spec), params);
}
