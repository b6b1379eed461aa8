import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { schemaSdl } from '@pivotal/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { buildSchema } from 'graphql';
import { useMemo } from 'react';

// The checked-in contract, built once: docs and autocompletion without an introspection request.
const schema = buildSchema(schemaSdl);

/** Props of the bundled GraphiQL. */
export interface GraphiqlExplorerProps {
  /** The GraphQL endpoint over HTTP, e.g. `/graphql`. */
  url: string;
  /** The GraphQL endpoint over websockets, for subscriptions. */
  subscriptionUrl: string;
  /** The signed-in user's token, sent as a bearer token. */
  token: string;
  /** The document to show; changing it replaces the editor's contents. */
  query: string;
  /** The variables to show, as JSON. */
  variables: string;
}

/** GraphiQL 4 against the api with the user's token; loaded lazily, it keeps its weight out of the main bundle. */
const GraphiqlExplorer = ({ url, subscriptionUrl, token, query, variables }: GraphiqlExplorerProps) => {
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url,
        subscriptionUrl,
        headers: { authorization: `Bearer ${token}` },
        wsConnectionParams: { authorization: `Bearer ${token}` },
        enableIncrementalDelivery: false,
      }),
    [url, subscriptionUrl, token],
  );
  return (
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      query={query}
      variables={variables}
      defaultEditorToolsVisibility={variables !== '' ? 'variables' : false}
      isHeadersEditorEnabled={false}
      shouldPersistHeaders={false}
      visiblePlugin="Documentation Explorer"
    />
  );
};

export default GraphiqlExplorer;
