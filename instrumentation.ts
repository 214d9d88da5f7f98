// Runs once when a server process starts: the environment check, then background jobs. The Node-only part
// lives in its own module, since Next also compiles this file for the edge runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/server/boot/on-start");
}
