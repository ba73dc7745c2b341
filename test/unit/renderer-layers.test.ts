import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's folders form layers (renderer/README.md): a folder imports
 * only from folders below it, so there is no cycle between folders and each
 * can be read without the ones above. Lint holds the process boundaries;
 * this holds the order inside the renderer.
 */
const LAYERS = [['format', 'state', 'bridge', 'print'], ['db'], ['data'], ['app'], ['sync'], ['components'], ['shell'], ['screens']];
const ROOT = join(import.meta.dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const folderOf = (path: string) =>
  relative(ROOT, path)
    .split('/')[0]!
    .replace(/\.tsx?$/, '');
const layerOf = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));

describe('renderer layers', () => {
  it('every folder is in a layer', () => {
    const folders = new Set(
      sourceFiles(ROOT)
        .map(folderOf)
        .filter((f) => !['main', 'App', 'vite-env.d'].includes(f)),
    );
    expect([...folders].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('no folder imports from a folder above it', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(ROOT)) {
      const from = folderOf(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = normalize(join(dirname(file), m[1]!));
        if (!target.startsWith(ROOT + '/')) continue;
        const to = folderOf(target);
        if (to !== from && layerOf(from) >= 0 && layerOf(to) > layerOf(from)) upward.push(`${relative(ROOT, file)} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
