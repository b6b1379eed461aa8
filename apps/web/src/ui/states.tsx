import { retryableFailure, type QueryFailure } from '@pivotal/client';
import type { ReactNode } from 'react';

/** Shown while a screen's data is on its way; announced politely to screen readers. */
export const Loading = ({ what }: { what: string }) => (
  <p className="state state-loading" role="status" aria-live="polite">
    Loading {what}…
  </p>
);

/** Shown when a screen's data could not be loaded, with a way to try again. */
export const ErrorState = ({ message, onRetry }: { message: string; onRetry?: () => void }) => (
  <div className="state state-error" role="alert">
    <p>{message}</p>
    {onRetry ? (
      <button type="button" className="button-secondary" onClick={onRetry}>
        Try again
      </button>
    ) : null}
  </div>
);

/** Shown when there is nothing yet, saying what would fill the space. */
export const EmptyState = ({ children }: { children: ReactNode }) => (
  <div className="state state-empty">{children}</div>
);

/** What a query failed with: its message (or `fallback`) and a retry that skips the cache. */
export const LoadFailure = (failure: QueryFailure) => <ErrorState {...retryableFailure(failure)} />;

/** A screen for something that is not there: a focusable heading and what to do instead. */
export const MissingState = ({ title, children }: { title: string; children: ReactNode }) => (
  <section aria-labelledby="missing-title">
    <h1 id="missing-title" tabIndex={-1}>
      {title}
    </h1>
    <p>{children}</p>
  </section>
);
