// `npm start`: the whole product on one machine, data kept under .data/ between runs.
import { parseLauncherEnv } from "../ops/launcher-env";
import { defaultDataDir } from "../ops/paths";
import { startStack } from "../ops/stack";

try {
  process.loadEnvFile?.(".env");
} catch {
  // no .env: defaults apply
}

try {
  const launcher = parseLauncherEnv(process.env);
  const stack = await startStack({
    launcher,
    dataDir: launcher.DATA_DIR ?? defaultDataDir,
    seedDemoData: true,
    // `npm run dev`: the same stack with the web app served by `next dev` (hot reload).
    webMode: process.argv.includes("--dev") ? "dev" : "start",
  });
  console.log(`\nCoverwatch is running on ${stack.appUrl}`);
  if (stack.firstAdmin) {
    console.log("\nA first admin was created. Its password is shown only this once:");
    console.log(`  email:    ${stack.firstAdmin.email}`);
    console.log(`  password: ${stack.firstAdmin.password}`);
    console.log(
      "Add more users with: npm run user:create -- --email you@example.com --name 'You' --role ADMIN\n",
    );
  } else {
    console.log("Sign in with an existing user (npm run user:create adds one).\n");
  }
  let isStopping = false;
  const shutdown = async () => {
    if (isStopping) return;
    isStopping = true;
    console.log("\nStopping Coverwatch…");
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  stack.childExited.then(async (name) => {
    if (isStopping) return;
    console.error(`Coverwatch stopped: the ${name} process exited unexpectedly.`);
    isStopping = true;
    await stack.stop();
    process.exit(1);
  });
} catch (error) {
  console.error(`Coverwatch could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
