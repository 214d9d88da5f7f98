// What an Axle object id looks like (`pol_CbxGmGWnp9bGAFCC-eod2`, `acc_…`): letters, digits, `_` and `-`. An
// event's `ref` is checked against it before it becomes part of a URL, so `..` can never turn
// `GET /policies/{ref}` into a call to another path of Axle's API.
const objectIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isAxleObjectId(value: unknown): value is string {
  return typeof value === "string" && objectIdPattern.test(value);
}
