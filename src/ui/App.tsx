/**
 * The first page of the app: pick a shipped scenario, run it in a Web Worker with progress and
 * cancel, and read its headline figures with their 95% confidence intervals.
 */
import { useMemo, useRef, useState } from 'react';
import { formatEstimate } from '../metrics/format';
import { HEADLINES } from '../metrics/headlines';
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import { PRESETS } from '../scenario/presets';
import { runInWorker, type RunHandle } from '../worker/client';

type Status =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: ScenarioResult }
  | { state: 'invalid'; issues: ScenarioIssue[] }
  | { state: 'error'; message: string };

const RUNNABLE = PRESETS.filter((p) => p.kind === 'scenario' || p.kind === 'organisation');

export function App() {
  const [file, setFile] = useState(RUNNABLE.find((p) => p.id === 'funnel')?.file ?? RUNNABLE[0]?.file ?? '');
  const [replications, setReplications] = useState(5);
  const [seed, setSeed] = useState(1);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const handle = useRef<RunHandle | null>(null);
  const preset = useMemo(() => RUNNABLE.find((p) => p.file === file), [file]);

  async function run() {
    if (!preset) return;
    handle.current?.cancel();
    setStatus({ state: 'running', done: 0, total: replications });
    const h = runInWorker({ text: preset.text, file: preset.file }, { replications, seed }, (done, total) =>
      setStatus({ state: 'running', done, total }),
    );
    handle.current = h;
    const outcome = await h.done;
    if (handle.current !== h) return; // a newer run replaced this one
    handle.current = null;
    if (outcome.type === 'result') setStatus({ state: 'done', result: outcome.result });
    else if (outcome.type === 'invalid') setStatus({ state: 'invalid', issues: outcome.issues });
    else if (outcome.type === 'error') setStatus({ state: 'error', message: outcome.message });
    else setStatus({ state: 'idle' });
  }

  return (
    <main>
      <h1>CM org simulator</h1>
      <p className="lead">
        How fast, how completely, how consistently and at what cost does a company answer its publics — under the
        relational funnel and under each placement of community management? Pick an organisation and run it.
      </p>
      <form className="controls" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <label>
          Scenario
          <select value={file} onChange={(e) => setFile(e.target.value)} data-testid="scenario">
            {RUNNABLE.map((p) => <option key={p.file} value={p.file}>{p.file.replace(/^scenarios\//, '')}</option>)}
          </select>
        </label>
        <label>
          Replications
          <input type="number" min={1} max={100} value={replications} data-testid="replications"
            onChange={(e) => setReplications(Math.max(1, Math.min(100, Math.round(Number(e.target.value)) || 1)))} />
        </label>
        <label>
          Seed
          <input type="number" min={0} value={seed} data-testid="seed"
            onChange={(e) => setSeed(Math.max(0, Math.round(Number(e.target.value)) || 0))} />
        </label>
        <button type="submit" data-testid="run">Run</button>
        {status.state === 'running' && (
          <button type="button" onClick={() => { handle.current?.cancel(); }} data-testid="cancel">Cancel</button>
        )}
      </form>
      {status.state === 'running' && (
        <p role="status">
          <progress value={status.done} max={status.total} /> replication {status.done} of {status.total}
        </p>
      )}
      {status.state === 'invalid' && (
        <div role="alert" className="error">
          <p>This scenario is not valid:</p>
          <ul>{status.issues.map((i, k) => <li key={k}><code>{i.file}{i.path ? ` → ${i.path}` : ''}</code>: {i.message}</li>)}</ul>
        </div>
      )}
      {status.state === 'error' && <p role="alert" className="error">The run failed: {status.message}</p>}
      {status.state === 'done' && <Results result={status.result} />}
    </main>
  );
}

function Results({ result }: { result: ScenarioResult }) {
  const m = result.summary.metrics;
  return (
    <section>
      <h2>{result.organisation} on {result.company}</h2>
      <p>
        Seed {result.seed}, {result.replications} replication(s) of {result.horizonDays} days. ± is the 95% confidence
        interval over replications.
      </p>
      <table data-testid="results">
        <tbody>
          {HEADLINES.filter((h) => m[h.key]).map((h) => (
            <tr key={h.key}>
              <th scope="row">{h.label}</th>
              <td data-key={h.key}>{formatEstimate(m[h.key], h.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
