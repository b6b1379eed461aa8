import { describeError } from '@pivotal/client';
import type { ReactNode } from 'react';

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

/** Previous/next controls for a cursor-paginated list. */
export const Pager = ({
  page,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  label,
}: {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label: string;
}) => (
  <nav className="pager" aria-label={label}>
    <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
      Previous
    </button>
    <span>Page {page}</span>
    <button type="button" onClick={onNext} disabled={!hasNext}>
      Next
    </button>
  </nav>
);

/** What a query failed with: its message (or `fallback`) and a retry that skips the cache. */
export const LoadFailure = ({
  error,
  fallback,
  refetch,
}: {
  error: Parameters<typeof describeError>[0];
  fallback: string;
  refetch: (options: { requestPolicy: 'network-only' }) => void;
}) => <Failure message={describeError(error) ?? fallback} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
