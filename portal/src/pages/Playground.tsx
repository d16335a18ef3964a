import { useState } from 'react';
import { KeyPicker, usePlaygroundKey } from '../playground/KeyPicker';
import { ModelTab } from '../playground/ModelTab';
import { WorkbookTab } from '../playground/WorkbookTab';
import { can } from '../ui/roles';
import { useMe } from '../ui/SignedIn';
import { Empty } from '../ui/State';

type Tab = 'model' | 'workbook';
const TABS: { id: Tab; label: string }[] = [
  { id: 'model', label: 'Model' },
  { id: 'workbook', label: 'Workbook' },
];

/** Build a model in a form or upload a workbook, price it, run it and copy the call. */
export default function PlaygroundPage() {
  const me = useMe();
  const keyState = usePlaygroundKey();
  const [tab, setTab] = useState<Tab>('model');
  if (!can.playground(me.member.role))
    return (
      <>
        <h1>Playground</h1>
        <div className="error" role="alert">
          <p>Your team role ({me.member.role.toLowerCase()}) cannot use the playground. Ask an owner for the developer role.</p>
        </div>
      </>
    );
  return (
    <>
      <h1>Playground</h1>
      <KeyPicker state={keyState} canCreate={can.keys(me.member.role)} />
      {keyState.key ? (
        <>
          <div role="tablist" aria-label="Playground" className="tabs">
            {TABS.map((entry) => (
              <button
                key={entry.id}
                type="button"
                role="tab"
                id={`tab-${entry.id}`}
                aria-selected={tab === entry.id}
                aria-controls={`panel-${entry.id}`}
                className={tab === entry.id ? '' : 'secondary'}
                tabIndex={tab === entry.id ? 0 : -1}
                onClick={() => setTab(entry.id)}
                onKeyDown={(event) => {
                  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it.
                  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
                  const next = TABS[(TABS.indexOf(entry) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                  if (!next) return;
                  setTab(next.id);
                  document.getElementById(`tab-${next.id}`)?.focus();
                }}
              >
                {entry.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'model' ? (
              <ModelTab apiKey={keyState.key} account={keyState.account} />
            ) : (
              <WorkbookTab apiKey={keyState.key} account={keyState.account} />
            )}
          </div>
        </>
      ) : (
        <Empty>Choose a key above to price and run models.</Empty>
      )}
    </>
  );
}
