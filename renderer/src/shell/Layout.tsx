import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { NAV_ROUTES, PUBLIC_ROUTES, ROUTES, hrefFor } from './routes';
import { PracticeBanner } from '../app/PracticeBanner';
import { SyncStatusBar } from '../sync/public';
import { StorageStatus } from '../app/StorageStatus';
import type { RouteId } from './routes';

/**
 * Header, navigation and the main landmark. On every change of screen the
 * screen's heading takes focus, so keyboard and screen-reader users land on
 * the new content instead of the top of the page.
 */
export function Layout({ route, children }: { route: RouteId; children: ReactNode }) {
  const current = ROUTES.find((r) => r.id === route) ?? ROUTES[0];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${current.title} · One Stop Shop Reception`;
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [current]);

  useEffect(() => {
    if (route !== 'display') return;
    const leave = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.location.hash = '#/queue';
    };
    window.addEventListener('keydown', leave);
    return () => window.removeEventListener('keydown', leave);
  }, [route]);

  if (PUBLIC_ROUTES.includes(route)) {
    // A public screen: no staff navigation, only a link that appears when a keyboard reaches it.
    // The feedback screen has no Esc: a customer's keyboard must not open the staff's screens by accident.
    return (
      <main id="main" className={route === 'display' ? 'kiosk' : 'kiosk kiosk-feedback'}>
        <a className="skip-link" href={route === 'display' ? '#/queue' : '#/settings'}>
          {route === 'display' ? 'Staff: leave the calling display (Esc)' : 'Staff: leave the feedback screen'}
        </a>
        <h1 ref={headingRef} tabIndex={-1} className="visually-hidden">
          {current.title}
        </h1>
        {children}
      </main>
    );
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          headingRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">One Stop Shop Reception</span>
        <SyncStatusBar />
        <StorageStatus />
        <nav aria-label="Screens">
          <ul className="nav-list">
            {NAV_ROUTES.map((r) => (
              <li key={r.id}>
                <a href={hrefFor(r.id)} aria-current={r.id === route ? 'page' : undefined}>
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        <PracticeBanner />
        <h1 ref={headingRef} tabIndex={-1}>
          {current.title}
        </h1>
        {children}
      </main>
    </>
  );
}
