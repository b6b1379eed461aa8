import { CandidatesQuery } from '@pivotal/client';
import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { routeHref } from '../routing/route';
import { useDocumentTitle } from '../shell/use-document-title';
import { Empty, LoadFailure, Loading, Pager } from '../ui/states';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useDebounced } from '../ui/use-debounced';

/** Candidates shown per page. */
export const CANDIDATES_PAGE_SIZE = 20;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The agency's candidates: search by name or email, page through, open one. */
export const CandidatesScreen = () => {
  useDocumentTitle('Candidates');
  const id = useId();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(() => reset(), [settled, reset]);
  const [result, refetch] = useQuery({
    query: CandidatesQuery,
    variables: { search: settled || null, first: CANDIDATES_PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.candidates;

  return (
    <>
      <h1>Candidates</h1>
      <form role="search" className="field" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-search`}>Search by name or email</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </form>
      {!connection && result.fetching ? <Loading what="candidates" /> : null}
      {!connection && result.error ? (
        <LoadFailure error={result.error} fallback="The candidates could not be loaded." refetch={refetch} />
      ) : null}
      {connection && connection.nodes.length === 0 ? (
        <Empty>
          {settled ? `No candidates match “${settled}”.` : 'No candidates have joined your agency yet.'}
        </Empty>
      ) : null}
      {connection && connection.nodes.length > 0 ? (
        <>
          <p aria-live="polite">
            {plural(connection.totalCount, 'candidate', 'candidates')}
            {settled ? ` matching “${settled}”` : ''}.
          </p>
          <ul className="list">
            {connection.nodes.map((candidate) => (
              <li key={candidate.id}>
                <div className="row">
                  <a href={routeHref({ name: 'candidate', candidateId: candidate.id })}>
                    <strong>{candidate.name}</strong>
                  </a>
                  <span className="muted">{candidate.email}</span>
                </div>
                <p className="muted" style={{ margin: 0 }}>
                  {plural(candidate.stats.applied, 'application', 'applications')} ·{' '}
                  {plural(candidate.stats.offers, 'offer', 'offers')} ·{' '}
                  {plural(candidate.stats.feedbackReceived, 'feedback', 'feedbacks')} received ·{' '}
                  {plural(candidate.stats.goalsCompleted, 'goal', 'goals')} completed
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Pager label="Candidate pages" pages={pages} connection={connection} />
    </>
  );
};
