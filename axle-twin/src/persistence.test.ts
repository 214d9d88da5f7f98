import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Journal } from "./persistence";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the twin's journal", () => {
  it("holds tokens, so only its owner can read it, also after compaction", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "twin-journal-"));
    dirs.push(dir);
    const journal = Journal.inDirectory(path.join(dir, "data"));
    journal.append({ c: "grants", k: "tok_1", v: { token: "secret" } });
    journal.append({ c: "grants", k: "tok_1", v: { token: "secret-2" } });
    const file = path.join(dir, "data", "journal.jsonl");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    journal.compact(journal.read());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, "data")).mode & 0o777).toBe(0o700);
    journal.close();
  });
});
