import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { coverwatchPrisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.coverwatchPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }),
  });
  return globalForPrisma.coverwatchPrisma;
}

/** The Prisma client, created on first use (one per process; reused across hot reloads in development). */
export const db = new Proxy({} as PrismaClient, {
  get(_target, key) {
    const instance = client();
    const value = Reflect.get(instance, key);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
