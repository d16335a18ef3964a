import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';

const START = `# Every call is made with your chosen key and metered to it like any integration's.
# quote(query:, variables:) prices an operation for free before you run it.
{
  me { id company plan { name } access { level advice } }
}
`;

/** `initialQuery` opens the explorer on a given operation (a link with ?query=…). */
export default function GraphiqlPane({ apiKey, initialQuery }: { apiKey: string; initialQuery?: string }) {
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: '/graphql',
        headers: { authorization: `Bearer ${apiKey}` },
        fetch: (input, init) => fetch(input, { ...init, credentials: 'omit' }),
      }),
    [apiKey],
  );
  return (
    <div className="graphiql-frame" data-testid="graphiql">
      <GraphiQL fetcher={fetcher} defaultQuery={START} initialQuery={initialQuery} />
    </div>
  );
}
