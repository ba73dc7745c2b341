import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppFile } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';

const root = mkdtempSync(path.join(tmpdir(), 'oss-renderer-'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');

describe('the app:// protocol', () => {
  it('serves the built renderer with the CSP header', async () => {
    const res = await serveAppFile('app://reception/index.html', root);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<title>app</title>');
    const js = await serveAppFile('app://reception/assets/app.js', root);
    expect(js.headers.get('content-type')).toContain('javascript');
  });

  it('serves index.html for the bare origin and 404 for missing files', async () => {
    expect((await serveAppFile('app://reception/', root)).status).toBe(200);
    expect((await serveAppFile('app://reception/nope.js', root)).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    // The URL parser folds literal ../ away, so this stays inside root.
    expect(resolveAppFile('app://reception/../../etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile('app://reception/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    // Encoded slashes survive the parser and would escape once decoded: refused.
    expect(resolveAppFile('app://reception/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect((await serveAppFile('app://reception/%2e%2e%2fsecret', root)).status).toBe(403);
  });
});
