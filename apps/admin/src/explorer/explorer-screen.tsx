import { webSocketUrlFor } from '@pivotal/client';
import { lazy, Suspense, useId, useState } from 'react';
import { GRAPHQL_PATH } from '../session/admin-client';
import { useDocumentTitle } from '../shell/use-document-title';
import { Loading } from '../ui/states';
import { savedQueries, savedVariables } from './saved-queries';

// GraphiQL and its editor weigh more than the rest of the app: load them only when opened.
const GraphiqlExplorer = lazy(() => import('./graphiql-explorer'));

/** The GraphQL explorer with the signed-in user's token, and saved analytics queries to start from. */
export const ExplorerScreen = ({ token }: { token: string }) => {
  useDocumentTitle('Explorer');
  const id = useId();
  const first = savedQueries[0];
  const [selected, setSelected] = useState(first?.id ?? '');
  const saved = savedQueries.find((query) => query.id === selected);
  return (
    <>
      <h1>Explorer</h1>
      <div className="explorer-tools">
        <div className="field">
          <label htmlFor={`${id}-saved`}>Example query</label>
          <select id={`${id}-saved`} value={selected} onChange={(e) => setSelected(e.target.value)}>
            {savedQueries.map((query) => (
              <option key={query.id} value={query.id}>
                {query.title}
              </option>
            ))}
          </select>
        </div>
        <p className="muted" style={{ margin: 0, flex: '1 1 20rem' }}>
          Run queries against the live api as yourself. Open “Docs” for every type and field. Press Ctrl+Enter to run.
        </p>
      </div>
      <div className="explorer">
        <Suspense fallback={<Loading what="the explorer" />}>
          {/* A fresh GraphiQL per example, so its operation name is right from the first run. */}
          <GraphiqlExplorer
            key={selected}
            url={GRAPHQL_PATH}
            subscriptionUrl={webSocketUrlFor(GRAPHQL_PATH)}
            token={token}
            query={saved?.query ?? ''}
            variables={savedVariables[selected] ?? ''}
          />
        </Suspense>
      </div>
    </>
  );
};
