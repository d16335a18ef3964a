import { useState } from 'react';
import type { ExportFormat, PlaygroundImportMutation, SimulationInput } from '../generated/graphql';
import { Empty } from '../ui/State';
import { bodyOf, callApi } from './api';
import { Field } from './Field';
import type { Account } from './KeyPicker';
import { PlaygroundDownloadDocument, PlaygroundImportDocument } from './playground.graphql';
import { ApiFailure, CopyCall, RunPanel } from './RunPanel';
import type { MadeCall } from './snippets';
import { useRunner } from './useRunner';

type Imported = PlaygroundImportMutation['importWorkbook'];

/** The file as base64 without the data: URL prefix FileReader puts in front. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Could not read ${file.name}. Choose the file again.`));
    reader.readAsDataURL(file);
  });
}

function Mapping({ imported }: { imported: Imported }) {
  return (
    <section aria-label="Mapping" className="stack wide">
      <h2>How sheet “{imported.sheet}” maps</h2>
      {imported.warnings.length > 0 ? (
        <div className="notice" role="status">
          {imported.warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      ) : null}
      <div className="scroll">
        <table data-testid="mapping">
          <thead>
            <tr>
              <th>Cell</th>
              <th>Role</th>
              <th>Name</th>
              <th>Excel</th>
              <th>Carlo</th>
              <th>Notes</th>
            </tr>
          </thead>
          <tbody>
            {imported.cells.map((cell) => (
              <tr key={cell.cell}>
                <td>{cell.cell}</td>
                <td>{cell.role.toLowerCase()}</td>
                <td>{cell.name ?? '—'}</td>
                <td>
                  <code>{cell.excel}</code>
                </td>
                <td>
                  <code>{cell.carlo}</code>
                </td>
                <td>{cell.notes.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Downloads({ apiKey, runId }: { apiKey: string; runId: string }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = (format: ExportFormat) => {
    setBusy(true);
    setError(null);
    callApi(PlaygroundDownloadDocument, { id: runId, format }, apiKey)
      .then(({ simulationDownload }) => window.location.assign(simulationDownload.path))
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <div className="stack wide">
      {error ? <ApiFailure error={error} /> : null}
      <div className="row">
        <button type="button" disabled={busy} onClick={() => download('XLSX')}>
          Download .xlsx
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => download('SIPMATH')}>
          Download SIPmath
        </button>
      </div>
      <p className="hint">Each download is a simulationDownload call (2 credits) that returns a link valid for 5 minutes.</p>
    </div>
  );
}

/** Upload an .xlsx with @RISK functions, see how each cell maps, run the model and download the results. */
export function WorkbookTab({ apiKey, account }: { apiKey: string; account: Account | null }) {
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [iterations, setIterations] = useState('10000');
  const [seed, setSeed] = useState('42');
  const [imported, setImported] = useState<Imported | null>(null);
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [importCall, setImportCall] = useState<MadeCall | null>(null);
  const runner = useRunner(apiKey);
  const count = Number(iterations);
  const asJob = account !== null && count > account.plan.maxIterationsSync;
  const runImported = () => {
    if (!imported) return;
    const model = imported.model as unknown as SimulationInput;
    runner.run(
      { ...model, iterations: Number.isInteger(count) && count > 0 ? count : model.iterations, ...(seed ? { seed: Number(seed) } : {}) },
      asJob,
    );
  };
  return (
    <div className="stack wide">
      <form
        className="card stack"
        aria-label="Upload a workbook"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          setImporting(true);
          setFailure(null);
          setImported(null);
          setImportCall(null);
          runner.reset();
          readBase64(file)
            .then((fileBase64) => {
              const variables = { input: { fileBase64, ...(sheet ? { sheet } : {}) } };
              const call: MadeCall = { operation: 'importWorkbook', body: bodyOf(PlaygroundImportDocument, variables) };
              setImportCall(call);
              return callApi(PlaygroundImportDocument, variables, apiKey)
                .then((data) => setImported(data.importWorkbook))
                .catch((error: unknown) => setFailure({ error }));
            })
            .catch((error: unknown) => setFailure({ error }))
            .finally(() => setImporting(false));
        }}
      >
        <h2>Workbook</h2>
        <label>
          .xlsx file with @RISK functions (at most 512 KiB)
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <Field label="Sheet (optional; default the first)" value={sheet} onChange={setSheet} />
        <button type="submit" disabled={!file || importing || !apiKey}>
          {importing ? 'Reading the workbook…' : 'Import workbook'}
        </button>
        <p className="hint">Importing is an importWorkbook call of 2 credits; a refused workbook costs nothing.</p>
      </form>
      {failure ? <ApiFailure error={failure.error} /> : null}
      {importCall && !importing ? (
        <div className="stack wide">
          <p className="hint">The import as a call (the workbook travels base64-encoded):</p>
          <CopyCall call={importCall} />
        </div>
      ) : null}
      {imported ? (
        <>
          <Mapping imported={imported} />
          <form
            className="card stack"
            aria-label="Run the workbook"
            onSubmit={(event) => {
              event.preventDefault();
              runImported();
            }}
          >
            <div className="grid">
              <Field label="Iterations" inputMode="numeric" value={iterations} onChange={setIterations} />
              <Field label="Seed (optional)" inputMode="numeric" value={seed} onChange={setSeed} />
            </div>
            <button type="submit" disabled={runner.state.phase === 'running' || runner.state.phase === 'job'}>
              {asJob ? 'Start job' : 'Run workbook model'}
            </button>
          </form>
          <RunPanel state={runner.state} onCancel={runner.cancel} />
          {runner.state.phase === 'done' ? <Downloads apiKey={apiKey} runId={runner.state.result.runId} /> : null}
        </>
      ) : (
        <Empty>Choose an .xlsx whose input cells hold RiskNormal, RiskTriang… and whose results hold RiskOutput(), then import it.</Empty>
      )}
    </div>
  );
}
