// Playwright cannot download its browser here: the journeys use Debian's Chromium. Installs it when missing
// and running as root; otherwise says what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";

export function ensureChromium(executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"): string {
  if (existsSync(executablePath)) return executablePath;
  if (os.userInfo().uid !== 0) {
    throw new Error(
      `Chromium is missing at ${executablePath}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log("Chromium is missing: installing Debian's package…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!existsSync(executablePath))
    throw new Error(`apt-get installed chromium but ${executablePath} is still missing`);
  return executablePath;
}
