import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
// The component styles without the bundled Roboto and Fira Code fonts (about 340 kB gzipped):
// GraphiQL falls back to the system's sans-serif and monospace fonts.
import '@graphiql/react/style.css';
import 'graphiql/graphiql.css';
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
