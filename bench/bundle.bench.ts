/**
 * What each screen costs to load: the renderer built for the browser with a manifest, then per
 * route the JavaScript and CSS a PC opening on that screen downloads and parses (the entry, the
 * screen's own chunk and every chunk either imports statically), raw and gzipped. Issue 31 asks
 * that the display, the feedback tablet and a kiosk load only what they use.
 * Run: npm run bench -- bundle
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { z } from 'zod';
import { rendererConfig } from '../vite.renderer';

const Manifest = z.record(
  z.string(),
  z.object({ file: z.string(), isEntry: z.boolean().optional(), imports: z.array(z.string()).optional(), css: z.array(z.string()).optional() }),
);

const SCREENS = {
  reception: 'src/screens/reception/ReceptionScreen.tsx',
  queue: 'src/screens/QueueScreen.tsx',
  desk: 'src/screens/desk/DeskScreen.tsx',
  supervisor: 'src/screens/supervisor/SupervisorScreen.tsx',
  display: 'src/screens/display/DisplayScreen.tsx',
  feedback: 'src/screens/feedback/FeedbackScreen.tsx',
  'end-of-day': 'src/screens/end-of-day/EndOfDayScreen.tsx',
  reports: 'src/screens/reports/ReportsScreen.tsx',
  planner: 'src/screens/planner/PlannerScreen.tsx',
  settings: 'src/screens/settings/SettingsScreen.tsx',
  setup: 'src/screens/setup/SetupScreen.tsx',
};

const out = mkdtempSync(join(tmpdir(), 'oss-bundle-'));
try {
  const config = rendererConfig(out);
  await build({ ...config, logLevel: 'error', build: { ...config.build, manifest: true, sourcemap: false } });
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')));
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const files = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const i of manifest[key]!.imports ?? []) files(i, seen);
    return seen;
  };
  const size = (keys: Set<string>) => {
    const paths = new Set([...keys].flatMap((k) => [manifest[k]!.file, ...(manifest[k]!.css ?? [])]));
    let raw = 0;
    let gzip = 0;
    for (const p of paths) {
      const bytes = readFileSync(join(out, p));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    return { raw, gzip };
  };
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const all = size(new Set(Object.keys(manifest)));
  console.log(`renderer, every chunk together: ${kb(all.raw)} (${kb(all.gzip)} gzip) in ${Object.keys(manifest).length} chunks`);
  const shell = size(files(entry));
  console.log(`  shell (loaded by every screen): ${kb(shell.raw)} (${kb(shell.gzip)} gzip)`);
  for (const [route, source] of Object.entries(SCREENS)) {
    // A screen not split out is in the entry already; its cost is then the shell's.
    const opened = size(files(source, files(entry)));
    console.log(
      `  ${route.padEnd(11)} opens with ${kb(opened.raw).padStart(7)} (${kb(opened.gzip).padStart(6)} gzip)${manifest[source] ? '' : ' — not split: inside the entry'}`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
