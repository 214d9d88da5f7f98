// First-run data, idempotent: the default requirement profile, and the first admin on an empty database.
// Prints one JSON line for the launcher; the admin's password appears there once and is never stored.
import { ensureDefaultProfile } from "@/lib/server/requirements/ensure-default-profile";
import { ensureDemoAdmin } from "@/lib/server/users/ensure-demo-admin";

await ensureDefaultProfile();
const firstAdmin = await ensureDemoAdmin();
console.log(JSON.stringify({ firstAdmin }));
process.exit(0);
