import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { ROUTES, hrefFor } from './routes';
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

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); headingRef.current?.focus(); }}>
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">One Stop Shop Reception</span>
        <nav aria-label="Screens">
          <ul className="nav-list">
            {ROUTES.map((r) => (
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
        <h1 ref={headingRef} tabIndex={-1}>
          {current.title}
        </h1>
        {children}
      </main>
    </>
  );
}
