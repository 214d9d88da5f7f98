// Where things live on disk. Everything the product writes by itself goes under `.data/` (git-ignored).
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..");
export const defaultDataDir = path.join(repoRoot, ".data");
export const migrationsDir = path.join(repoRoot, "prisma", "migrations");
