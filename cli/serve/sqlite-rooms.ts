import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';

/**
 * Every room's Yjs state in one SQLite file, `DIR/rooms.sqlite`, in the table @hocuspocus/extension-sqlite uses
 * (`documents(name, data)`), so a server can move to that extension without converting anything.
 *
 * Why sql.js (SQLite compiled to WebAssembly) and not the extension's sqlite3 or better-sqlite3: those are
 * native modules whose prebuilt binaries download from GitHub at install time and otherwise need a C++ build,
 * and `node:sqlite` is missing from Node 20, which the CLI supports. sql.js installs from npm alone and runs
 * on every Node. Its cost: the database lives in memory and each store writes the whole file (to a temporary
 * file, then renamed over the old one, so a crash mid-write leaves the previous file whole). Hocuspocus calls
 * store a moment after a room's last change, not per keystroke.
 */
export interface RoomStore {
  fetch(room: string): Uint8Array | null;
  store(room: string, state: Uint8Array): Promise<void>;
  close(): void;
}

/** Opens (or creates) `DIR/rooms.sqlite`. */
export async function openRoomStore(dir: string): Promise<RoomStore> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'rooms.sqlite');
  const SQL = await initSqlJs();
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const db: Database = new SQL.Database(bytes);
  db.run('CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))');
  // Stores run one after another: two overlapping writes of the same temporary file would corrupt it.
  let writing: Promise<void> = Promise.resolve();
  const persist = async (): Promise<void> => {
    const temp = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(temp, db.export(), { flush: true });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  };
  return {
    fetch(room) {
      const result = db.exec('SELECT data FROM "documents" WHERE name = $name', { $name: room });
      const value = result[0]?.values[0]?.[0];
      return value instanceof Uint8Array ? value : null;
    },
    store(room, state) {
      db.run('INSERT INTO "documents" ("name", "data") VALUES ($name, $data) ON CONFLICT(name) DO UPDATE SET data = $data', {
        $name: room,
        $data: state,
      });
      writing = writing.catch(() => undefined).then(persist);
      return writing;
    },
    close() {
      db.close();
    },
  };
}
