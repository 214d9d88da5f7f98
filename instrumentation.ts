// Runs once when a server process starts. The Node-only part lives in its own module (Next also compiles this
// file for the edge runtime, where process.exit does not exist).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/server/boot/check-env");
}
