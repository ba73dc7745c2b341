import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded database's folder holds customer names: only the endpoint's own user may read it.
 * PGlite creates its files world-writable (0666) whatever the umask, so the folder is made 0700
 * and everything in it 0600 (folders 0700): when the folder is opened, after migrations, after a
 * restore and when it is closed. A file PGlite makes in between sits inside the 0700 folder, out
 * of anyone else's reach.
 */
export function makeFolderPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        chmodSync(full, 0o700);
        walk(full);
      } else if (entry.isFile()) chmodSync(full, 0o600);
    }
  };
  walk(dir);
}
