import { readFileSync } from "node:fs";
import net from "node:net";

// Ports are chosen below the kernel's ephemeral range (where outgoing connections get their local port), so a
// port picked now cannot be taken by a database connection opened before the service that will listen on it
// starts, which can be minutes later (a build in between).
const [ephemeralLow] = (() => {
  try {
    return readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
  } catch {
    return [32768];
  }
})();
const rangeLow = 10_000;
const rangeHigh = Math.max(rangeLow + 1_000, (ephemeralLow ?? 32768) - 1);

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
}

/** A port nobody is listening on, outside the ephemeral range, so two stacks on one machine never clash. */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = rangeLow + Math.floor(Math.random() * (rangeHigh - rangeLow));
    if (await canListen(port)) return port;
  }
  throw new Error(`could not find a free port between ${rangeLow} and ${rangeHigh}`);
}

/** True when something already listens on the port (used to refuse a second copy of a fixed-port service). */
export async function isPortInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
