import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const postgres = await startTestPostgres();
  project.provide("postgresBaseUrl", postgres.baseUrl);
  return () => postgres.stop();
}
