// The app's own processes: a web server (`next start`) and a queue worker (`cli/worker.ts`), each a child
// process with the app's environment. The stack starts one web server; scale-out tests start more.
import path from "node:path";
import { repoRoot } from "./paths";
import { type Child, startChild, waitForHttp } from "./processes";

export const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");

export async function startWeb({
  name = "web",
  port,
  env,
  quiet = false,
  mode = "start",
  onLine,
}: {
  name?: string;
  port: number;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
  /** `dev` serves the sources with hot reload (`npm run dev`); its build lives apart, in `.next/dev`. */
  mode?: "start" | "dev";
  onLine?: (line: string) => void;
}): Promise<Child> {
  const web = startChild({
    name,
    command: process.execPath,
    args: [nextBin, mode, "--port", String(port)],
    cwd: repoRoot,
    quiet,
    env,
    onLine,
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, web);
  return web;
}

export function startWorker({
  name = "worker",
  env,
  quiet = false,
}: {
  name?: string;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
}): Child {
  return startChild({
    name,
    command: process.execPath,
    args: ["--conditions=react-server", "--import", "tsx", "cli/worker.ts"],
    cwd: repoRoot,
    quiet,
    env,
  });
}
