// Reading a page's query string: the first of a repeated key, without control characters (never meaningful in
// a filter, and PostgreSQL refuses NUL in text), trimmed; empty means absent.
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function firstParam(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single !== "string") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return single.replace(/[\u0000-\u001f\u007f]/g, "").trim() || undefined;
}

/** A page size from the URL, if it is one of the choices; otherwise the default. */
export function pageSizeParam<Size extends number>(
  value: unknown,
  choices: readonly Size[],
  fallback: Size,
): Size {
  const text = firstParam(value);
  return choices.find((choice) => String(choice) === text) ?? fallback;
}

/** A query string as a page receives it (a repeated key becomes an array), so every reader sees the same view. */
export function searchParamsOf(query: string | URLSearchParams): RawSearchParams {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const object: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    object[key] = values.length === 1 ? values[0] : values;
  }
  return object;
}
