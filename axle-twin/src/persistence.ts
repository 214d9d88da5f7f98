// The twin's durability: every change to its state is appended to a journal (one JSON line per put or
// delete). On start the state is rebuilt as seed + journal, so a restart keeps everything and a reset is
// "delete the journal". Seeded data is never journaled: it is regenerated from the seed.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";

export type JournalEntry = { c: string; k: string; v?: unknown; d?: true };

// The journal holds the twin's access tokens and client secret: readable by its owner only.
const ownerOnly = 0o600;

export class Journal {
  private fd: number | null = null;

  constructor(private readonly file: string) {}

  static inDirectory(dir: string): Journal {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return new Journal(path.join(dir, "journal.jsonl"));
  }

  /** Every entry written so far, oldest first. A torn last line (a crash mid-write) is skipped. */
  read(): JournalEntry[] {
    if (!existsSync(this.file)) return [];
    const entries: JournalEntry[] = [];
    for (const line of readFileSync(this.file, "utf8").split("\n")) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line));
      } catch {
        // only the last line can be torn; everything before it was complete
      }
    }
    return entries;
  }

  /** Rewrites the journal with only the last entry per record, so it grows with the state, not its history. */
  compact(entries: JournalEntry[]) {
    const latest = new Map<string, JournalEntry>();
    for (const entry of entries) {
      const key = `${entry.c}\u0000${entry.k}`;
      latest.delete(key);
      latest.set(key, entry);
    }
    if (latest.size === entries.length) return;
    this.close();
    const temporary = `${this.file}.compacting`;
    writeFileSync(temporary, [...latest.values()].map((entry) => `${JSON.stringify(entry)}\n`).join(""), {
      mode: ownerOnly,
    });
    renameSync(temporary, this.file);
  }

  append(entry: JournalEntry) {
    if (this.fd === null) {
      this.fd = openSync(this.file, "a", ownerOnly);
      // A journal written by an older twin may have been created readable by others.
      chmodSync(this.file, ownerOnly);
    }
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }

  clear() {
    this.close();
    rmSync(this.file, { force: true });
  }

  close() {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** A Map whose writes are journaled once `journal` is attached (after seeding and replay). */
export class JournaledMap<V> extends Map<string, V> {
  journal: Journal | null = null;

  constructor(readonly collection: string) {
    super();
  }

  override set(key: string, value: V): this {
    super.set(key, value);
    this.journal?.append({ c: this.collection, k: key, v: value });
    return this;
  }

  override delete(key: string): boolean {
    const existed = super.delete(key);
    if (existed) this.journal?.append({ c: this.collection, k: key, d: true });
    return existed;
  }

  /** Replaces a record with a changed copy (records are never mutated in place, so every change is journaled). */
  update(key: string, change: (current: V) => V): V {
    const current = this.get(key);
    if (current === undefined) throw new Error(`${this.collection}: no ${key}`);
    const next = change(current);
    this.set(key, next);
    return next;
  }

  /** Applies a journal entry without journaling it again. */
  replay(entry: JournalEntry) {
    if (entry.d) super.delete(entry.k);
    else super.set(entry.k, entry.v as V);
  }
}
