import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isAppUrl } from './security';
import { FakeWebContents, session } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

describe('the Content Security Policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name, values];
    }),
  );
  it('runs only our own scripts: no inline, no eval, no plugins', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const s = session.defaultSession;
    hardenSession(s as unknown as Session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      s.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(s.permissionCheckHandler?.({}, 'media')).toBe(false);
  });

  it('adds the CSP to every response that passes through the session', () => {
    const s = session.defaultSession;
    hardenSession(s as unknown as Session);
    let headers: Record<string, string[]> = {};
    s.headersHandler?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r: { responseHeaders: Record<string, string[]> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});

describe('hardenWebContents', () => {
  function hardened(devServerUrl?: string) {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, devServerUrl);
    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault }, url);
      return preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
    };
    return { contents, navigate };
  }

  it('blocks navigation and redirects away from the app', () => {
    const { navigate } = hardened();
    expect(navigate('will-navigate', 'https://evil.example/')).toBe('blocked');
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe('blocked');
    expect(navigate('will-redirect', 'http://127.0.0.1:9999/')).toBe('blocked');
    expect(navigate('will-navigate', 'app://reception/index.html#/queue')).toBe('allowed');
  });

  it('allows the dev server only when one is configured', () => {
    expect(hardened().navigate('will-navigate', 'http://localhost:5173/')).toBe('blocked');
    expect(hardened('http://localhost:5173').navigate('will-navigate', 'http://localhost:5173/#/desk')).toBe('allowed');
  });

  it('denies every new window and webview', () => {
    const { contents, navigate } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'app://reception/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(navigate('will-attach-webview', '')).toBe('blocked');
  });
});

describe('isAppUrl', () => {
  it('recognises only the app origin', () => {
    expect(isAppUrl('app://reception/index.html')).toBe(true);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
