import { Component } from 'react';
import type { ReactNode } from 'react';

/**
 * A screen whose code could not be loaded (each screen is a file of its own, fetched when first
 * shown: a file missing after a broken update, or a browser tab older than the app it asks) or
 * that failed while drawing: said in words with what to do, instead of a blank window. Nothing is
 * lost: every record is in this PC's database already.
 */
export class ScreenFailed extends Component<{ route: string; children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(e: unknown): { error: string } {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  /** Moving to another screen tries again: that screen may well open. */
  override componentDidUpdate(before: { route: string }): void {
    if (before.route !== this.props.route && this.state.error !== null) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="notice notice-error">
        <p>
          This screen could not be opened ({this.state.error}). Nothing was lost: every record is on this PC. Reload the app; if this message comes back, tell
          IT.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
