import { retryableFailure, type QueryFailure } from '@pivotal/client';
import type { ReactNode } from 'react';
import type { CursorPages } from './use-cursor-pages';

/** Shown while data loads; announced politely to screen readers. */
export const Loading = ({ what }: { what: string }) => (
  <p className="state" role="status" aria-live="polite">
    Loading {what}…
  </p>
);

/** Shown when a list or chart has nothing in it, saying why and what to do. */
export const Empty = ({ children }: { children: ReactNode }) => <div className="state">{children}</div>;

/** Shown when data could not be loaded, with a way to try again. */
export const Failure = ({ message, onRetry }: { message: string; onRetry?: () => void }) => (
  <div className="state error" role="alert">
    <p style={{ margin: 0 }}>{message}</p>
    {onRetry ? (
      <div className="actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    ) : null}
  </div>
);

/** Moves through a cursor connection's pages; shown only when there is another page either way. */
export const Pager = ({
  label,
  pages,
  connection,
}: {
  label: string;
  pages: CursorPages;
  /** The page shown; nothing while it loads. */
  connection: { hasNextPage: boolean; endCursor?: string | null | undefined } | null | undefined;
}) =>
  connection && (pages.hasPrevious || connection.hasNextPage) ? (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={pages.previous} disabled={!pages.hasPrevious}>
        Previous
      </button>
      <span>Page {pages.page}</span>
      <button type="button" onClick={() => pages.next(connection.endCursor)} disabled={!connection.hasNextPage}>
        Next
      </button>
    </nav>
  ) : null;

/** What a query failed with: its message (or `fallback`) and a retry that skips the cache. */
export const LoadFailure = (failure: QueryFailure) => <Failure {...retryableFailure(failure)} />;
