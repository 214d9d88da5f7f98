// A new, empty database per test file, dropped when the file is done.
import { inject } from "vitest";
import { dropDatabase, ensureDatabase, withDatabaseName } from "../../ops/postgres/databases";
import { uniqueDatabaseName } from "./test-postgres";

export async function createFreshDatabase(prefix = "coverwatch_test") {
  const url = withDatabaseName(inject("postgresBaseUrl"), uniqueDatabaseName(prefix));
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
