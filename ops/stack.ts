// Brings up everything Coverwatch needs, in order: PostgreSQL, migrations, the Axle twin (unless a real Axle
// is configured), first-run data, and the web app. Used by `npm start` and by the end-to-end tests.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { twinDefaults } from "../axle-twin/src/defaults";
import { nextBin, startWeb } from "./app-processes";
import type { LauncherEnv } from "./launcher-env";
import { loadOrCreateLocalSecrets } from "./local-secrets";
import { runMigrations } from "./migrations/run-migrations";
import { migrationsDir, repoRoot } from "./paths";
import { ensureDatabase } from "./postgres/databases";
import { type EmbeddedServer, startEmbeddedPostgres } from "./postgres/embedded";
import { type Child, runToCompletion, startChild, waitForHttp } from "./processes";
import { removeRuntimeFile, writeRuntimeFile } from "./runtime-file";

export type StackOptions = {
  launcher: LauncherEnv;
  dataDir: string;
  /** The database on the embedded server (ignored with DATABASE_URL). */
  databaseName?: string;
  /** Build the web app first when its build is missing or older than the sources. */
  buildIfStale?: boolean;
  /** `next start` on a production build (the default), or `next dev` for working on the UI. */
  webMode?: "start" | "dev";
  /** Silence the children's request logs (tests). */
  quiet?: boolean;
  /** On a first start against the twin, add demo borrowers connected through the twin. */
  seedDemoData?: boolean;
  log?: (line: string) => void;
  /** Every line the twin and the web process print, by process name (quiet or not). */
  onOutput?: (name: string, line: string) => void;
};

export type Stack = {
  appUrl: string;
  twinUrl: string | null;
  databaseUrl: string;
  /** The app's full environment, as given to the web process. */
  appEnv: NodeJS.ProcessEnv;
  firstAdmin: { email: string; password: string } | null;
  /** The web process (replaceable: crash tests start a new one on the same port). */
  web: Child;
  /** Resolves with a child's name when one of them exits on its own (a crash): the stack is then broken. */
  childExited: Promise<string>;
  stop(): Promise<void>;
};

const tsxNode = ["--conditions=react-server", "--import", "tsx"];

export async function startStack({
  launcher,
  dataDir,
  databaseName = "coverwatch",
  buildIfStale = true,
  webMode = "start",
  quiet = false,
  seedDemoData = false,
  log = console.log,
  onOutput,
}: StackOptions): Promise<Stack> {
  const secrets = loadOrCreateLocalSecrets(dataDir);
  const children: Child[] = [];
  let embedded: EmbeddedServer | null = null;
  const stop = async () => {
    for (const child of children.reverse()) await child.stop();
    await embedded?.stop();
    removeRuntimeFile(dataDir);
  };

  try {
    let databaseUrl = launcher.DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({
        clusterDir: path.join(dataDir, "postgres"),
        password: secrets.postgresPassword,
        // POSTGRES_LOG=1 shows what the embedded server says (start-up, shutdown, errors).
        log: process.env.POSTGRES_LOG === "1" ? (line) => console.log(`[postgres] ${line}`) : undefined,
      });
      databaseUrl = embedded.urlFor(databaseName);
      log(`PostgreSQL (embedded) on port ${embedded.port}, data in ${path.join(dataDir, "postgres")}`);
    }
    await ensureDatabase(databaseUrl);
    const applied = await runMigrations({ databaseUrl, dir: migrationsDir });
    log(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
        : "Database schema is up to date",
    );

    const appUrl = launcher.APP_URL ?? `http://localhost:${launcher.PORT}`;
    const env = process.env;
    const webhookSecret = env.AXLE_WEBHOOK_SECRET ?? secrets.webhookSecret;
    const webhookHeader = env.AXLE_WEBHOOK_HEADER ?? twinDefaults.webhookHeader;

    let twinUrl: string | null = null;
    let axle = {
      baseUrl: launcher.AXLE_BASE_URL,
      clientId: env.AXLE_CLIENT_ID,
      clientSecret: env.AXLE_CLIENT_SECRET,
    };
    if (!axle.baseUrl) {
      const clientId = env.AXLE_CLIENT_ID ?? twinDefaults.clientId;
      const clientSecret = env.AXLE_CLIENT_SECRET ?? twinDefaults.clientSecret;
      const twin = startChild({
        name: "axle-twin",
        command: process.execPath,
        args: ["--import", "tsx", "axle-twin/src/main.ts"],
        cwd: repoRoot,
        quiet,
        onLine: onOutput && ((line) => onOutput("axle-twin", line)),
        env: {
          ...env,
          AXLE_TWIN_PORT: String(launcher.AXLE_TWIN_PORT),
          AXLE_TWIN_DATA_DIR: path.join(dataDir, "twin"),
          AXLE_CLIENT_ID: clientId,
          AXLE_CLIENT_SECRET: clientSecret,
          AXLE_WEBHOOK_HEADER: webhookHeader,
          AXLE_WEBHOOK_SECRET: webhookSecret,
        },
      });
      children.push(twin);
      twinUrl = `http://localhost:${launcher.AXLE_TWIN_PORT}`;
      await waitForHttp(`${twinUrl}/health`, twin, 30_000);
      axle = { baseUrl: twinUrl, clientId, clientSecret };
      log(`Axle twin on ${twinUrl} (client id ${clientId})`);
    }

    const appEnv: NodeJS.ProcessEnv = {
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: appUrl,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? appUrl,
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? secrets.nextAuthSecret,
      TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY ?? secrets.tokenEncryptionKey,
      AXLE_BASE_URL: axle.baseUrl,
      AXLE_CLIENT_ID: axle.clientId,
      AXLE_CLIENT_SECRET: axle.clientSecret,
      AXLE_WEBHOOK_HEADER: webhookHeader,
      AXLE_WEBHOOK_SECRET: webhookSecret,
      // The local demo (on the twin) may send webhooks to a receiver on this machine; a real deployment may not.
      OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: env.OUTBOUND_WEBHOOKS_ALLOW_PRIVATE ?? (twinUrl ? "true" : "false"),
    };

    writeRuntimeFile(dataDir, appEnv);
    const bootstrapOutput = await runToCompletion(process.execPath, [...tsxNode, "cli/bootstrap.ts"], {
      env: appEnv,
      cwd: repoRoot,
    });
    const firstAdmin = JSON.parse(bootstrapOutput.trim().split("\n").at(-1) ?? "{}").firstAdmin ?? null;

    if (webMode === "start" && buildIfStale && isBuildStale()) {
      log("Building the web app (first start, or the sources changed)…");
      await runToCompletion(process.execPath, [nextBin, "build"], {
        env: { ...appEnv, NODE_ENV: "production" },
        cwd: repoRoot,
        inheritOutput: !quiet,
      });
    }
    const web = await startWeb({
      port: launcher.PORT,
      env: webMode === "dev" ? { ...appEnv, NODE_ENV: "development" } : appEnv,
      quiet,
      mode: webMode,
      onLine: onOutput && ((line) => onOutput("web", line)),
    });
    children.push(web);

    if (seedDemoData && firstAdmin && twinUrl) {
      log(
        await runToCompletion(process.execPath, [...tsxNode, "cli/seed-demo.ts"], {
          env: appEnv,
          cwd: repoRoot,
        }),
      );
    }

    const childExited = Promise.race(
      children.map(
        (child) => new Promise<string>((resolve) => child.process.once("exit", () => resolve(child.name))),
      ),
    );
    const stack: Stack = { appUrl, twinUrl, databaseUrl, appEnv, firstAdmin, childExited, web, stop };
    return stack;
  } catch (error) {
    await stop();
    throw error;
  }
}

const sourceDirs = ["app", "components", "lib", "generated", "types"];
const sourceFiles = [
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package.json",
  "postcss.config.mjs",
];

/** True when there is no production build, or a source file changed after it was made. */
export function isBuildStale(): boolean {
  const buildId = path.join(repoRoot, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (file: string): boolean => {
    const stat = statSync(file);
    // A directory's own time changes when a file in it is added or removed.
    if (stat.mtimeMs > builtAt) return true;
    return stat.isDirectory() && readdirSync(file).some((entry) => newer(path.join(file, entry)));
  };
  return [...sourceDirs, ...sourceFiles]
    .map((entry) => path.join(repoRoot, entry))
    .some((entry) => existsSync(entry) && newer(entry));
}
