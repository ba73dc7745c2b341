#!/usr/bin/env node
// `npm start`: build the desktop app and launch it in Electron. Where the
// Electron binary cannot be fetched (no access to its release host), say so
// plainly and serve the same UI to a browser instead (`npm run web`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const node = process.execPath;
const run = (args) => spawnSync(node, args, { stdio: 'inherit' }).status === 0;

function electronBinary() {
  const dir = path.join('node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (existsSync(pathFile)) {
    const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(exe)) return exe;
  }
  console.log('Fetching the Electron binary (first start only)…');
  const fetched = spawnSync(node, [path.join(dir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  if (fetched.status === 0 && existsSync(pathFile)) {
    const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(exe)) return exe;
  }
  return null;
}

if (!run([path.join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])) process.exit(1);

const exe = electronBinary();
if (exe) {
  const child = spawn(exe, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'Electron could not be started: its binary is not installed and could not be downloaded',
      '(this machine cannot reach the Electron release host). The desktop build is in out/.',
      '',
      'Serving the same reception UI for a browser instead (this is `npm run web`):',
      '',
    ].join('\n'),
  );
  const web = spawn('npm', ['run', 'web'], { stdio: 'inherit' });
  web.on('exit', (code) => process.exit(code ?? 0));
}
