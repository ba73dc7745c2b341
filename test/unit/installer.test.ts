import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The installer for the reception PCs (build/electron-builder.json). The
 * Electron binary cannot be fetched on these machines, so installers are not
 * built here; what can be checked is: the configuration against
 * electron-builder's own schema, the fuses against the hardening checklist,
 * and the files an installer would carry.
 */
const ROOT = path.join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const builderLib = createRequire(require.resolve('app-builder-lib'));
const { validateConfiguration } = builderLib('./util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = builderLib('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const minimatch = builderLib('minimatch') as { minimatch: (file: string, pattern: string, opts?: object) => boolean };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[] };
  nsis: { perMachine: boolean; oneClick: boolean; deleteAppDataOnUninstall: boolean };
  linux: { target: string[] };
  icon: string;
}
const config = JSON.parse(readFileSync(path.join(ROOT, 'build/electron-builder.json'), 'utf8')) as BuilderConfig;

/** Every file under a folder, as paths relative to the project. */
function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((f) => {
    const rel = `${dir}/${f}`;
    return statSync(path.join(ROOT, rel)).isDirectory() ? walk(rel) : [rel];
  });
}

/**
 * electron-builder's rule for `files`: a file is packed if the last pattern that matches it is not a
 * negation. The production dependencies' files are in unless a pattern takes them out.
 */
function packed(file: string): boolean {
  let keep = file.startsWith('node_modules/');
  for (const p of config.files) {
    const negated = p.startsWith('!');
    if (minimatch.minimatch(file, negated ? p.slice(1) : p, { dot: true })) keep = !negated;
  }
  return keep;
}

describe('the installer configuration', () => {
  it('passes electron-builder’s own schema, and that schema does catch a misspelt option', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, new DebugLogger(false))).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it('installs per machine on Windows (NSIS, which IT deploys), builds deb and AppImage on Linux, and keeps data on uninstall', () => {
    expect(config.appId).toBe('uk.gov.council.oss-reception');
    expect(config.productName).toBe('One Stop Shop Reception');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, deleteAppDataOnUninstall: false });
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    const png = readFileSync(path.join(ROOT, config.icon));
    // A PNG of at least 256 × 256, which electron-builder turns into each platform's icon.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
  });

  it('sets every fuse of the hardening checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('the files an installer carries', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  it('the built app (main, preload, renderer) and package.json, and no test, source map, TypeScript or .env file', () => {
    const candidates = [
      ...walk('out'),
      'package.json',
      'out/renderer/.env',
      'out/main/index.test.js',
      'renderer/src/App.tsx',
      'electron/main/app.ts',
      'test/e2e/shell.e2e.ts',
    ];
    const files = candidates.filter(packed);
    expect(files).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']));
    expect(walk('out').some((f) => f.endsWith('.map'))).toBe(true); // the build makes source maps; the installer leaves them out
    expect(files.filter((f) => /\.map$|\.test\.|\.spec\.|\.env|\.tsx?$|^test\//.test(f))).toEqual([]);
    expect(files.filter((f) => !f.startsWith('out/') && f !== 'package.json')).toEqual([]);
  });

  it('of the packages, only what the main process loads: the server’s and the renderer’s (bundled) stay out', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const kept = Object.keys(pkg.dependencies).filter((d) => packed(`node_modules/${d}/package.json`));
    const main = readFileSync(path.join(ROOT, 'out/main/index.js'), 'utf8');
    const loaded = [...main.matchAll(/from\s+["']([^"'./][^"']*)["']/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:') && m !== 'electron');
    expect(kept.sort()).toEqual([...new Set(loaded)].sort());
  });
});
