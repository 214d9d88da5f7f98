// Child processes of the launcher: started with a name prefix on their output, stopped politely.
import { type ChildProcess, spawn } from "node:child_process";

export type Child = {
  name: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** The last lines the process printed, kept even when quiet, to explain a failure after the fact. */
  recentOutput(): string[];
};

const keptLines = 200;

type StartOptions = {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  quiet?: boolean;
  /** Every line the process prints, stdout and stderr, quiet or not (a test that reads the whole log). */
  onLine?: (line: string) => void;
};

export function startChild({ name, command, args, env, cwd, quiet = false, onLine }: StartOptions): Child {
  const child = spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
  const recent: string[] = [];
  const emit = (stream: NodeJS.WritableStream, line: string) => {
    if (!line.trim()) return;
    recent.push(line);
    onLine?.(line);
    if (recent.length > keptLines) recent.shift();
    if (!quiet) stream.write(`[${name}] ${line}\n`);
  };
  // A pipe's chunks end anywhere: the unfinished end of one is kept for the next, so a line is never split.
  const follow = (source: NodeJS.ReadableStream | null, stream: NodeJS.WritableStream) => {
    let partial = "";
    source?.setEncoding("utf8");
    source?.on("data", (chunk: string) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) emit(stream, line);
    });
    source?.on("end", () => emit(stream, partial));
  };
  follow(child.stdout, process.stdout);
  follow(child.stderr, process.stderr);
  return {
    name,
    process: child,
    stop: () => stopProcess(child),
    recentOutput: () => [...recent],
  };
}

/**
 * SIGKILL, resolved once the process is gone. Until then it may still hold its port: a replacement started
 * sooner could fail to bind while the dying one still answers the readiness check.
 */
export function killNow(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** SIGTERM, then SIGKILL after a grace period. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Polls a URL until it answers 2xx, failing early if the process behind it exits. */
export async function waitForHttp(url: string, child: Child, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null)
      throw new Error(`${child.name} exited with code ${child.process.exitCode} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000}s`);
}

/** Runs a command to completion and returns its stdout; throws with its stderr when it fails. */
export function runToCompletion(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; inheritOutput?: boolean },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", options.inheritOutput ? "inherit" : "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (options.inheritOutput) process.stdout.write(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code})\n${stderr}`)),
    );
  });
}
