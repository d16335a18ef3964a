import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { KeyPicker, usePlaygroundKey } from '../playground/KeyPicker';
import { can } from '../ui/roles';
import { useMe } from '../ui/SignedIn';
import { Empty, Loading } from '../ui/State';

// GraphiQL and its editor are large: they load only once a key is chosen, in their own chunk.
const GraphiqlPane = lazy(() => import('../playground/GraphiqlPane'));

/** GraphiQL against /graphql with the tab's key as the Authorization header. */
export default function ExplorerPage() {
  const me = useMe();
  const keyState = usePlaygroundKey();
  const [params] = useSearchParams();
  if (!can.playground(me.member.role))
    return (
      <>
        <h1>API explorer</h1>
        <div className="error" role="alert">
          <p>Your team role ({me.member.role.toLowerCase()}) cannot use the API explorer. Ask an owner for the developer role.</p>
        </div>
      </>
    );
  return (
    <>
      <h1>API explorer</h1>
      <KeyPicker state={keyState} canCreate={can.keys(me.member.role)} />
      {keyState.key ? (
        <Suspense fallback={<Loading what="GraphiQL" />}>
          <GraphiqlPane apiKey={keyState.key} initialQuery={params.get('query') ?? undefined} />
        </Suspense>
      ) : (
        <Empty>Choose a key above to explore the API with it.</Empty>
      )}
    </>
  );
}
