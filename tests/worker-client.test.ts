/**
 * The page's worker client, with workers replaced by in-process fakes running the real
 * comparison code: organisations shared between workers come back under their own index, the
 * problems of every worker are reported together, and results match one worker's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileResolver } from '../src/cli/files';
import type { ScenarioResult } from '../src/metrics/run-scenario';
import { NEUTRAL_LEVERS } from '../src/scenario/levers';
import type { Resolver } from '../src/scenario/load';
import { REFINE_MS, runComparison } from '../src/worker/comparison-runner';
import { runControl, SHOWN_WAIT } from '../src/worker/run-control';
import type { CompareRequest, WorkerRequest, WorkerResponse } from '../src/worker/protocol';

let resolver: Resolver = fileResolver;
const terminated: FakeWorker[] = [];

let spawned = 0;
/** When set, fake workers say nothing once cancelled (like one deep in a long replication). */
let deaf = false;

class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private cancelled = new Set<number>();
  private stuck = false;
  private ended = false;
  constructor() { spawned++; }
  postMessage(request: WorkerRequest): void {
    if (request.type === 'cancel') {
      if (deaf) this.stuck = true;
      else this.cancelled.add(request.requestId);
    }
    if (request.type !== 'compare') return;
    const options = { between: () => new Promise<void>((resolve) => setTimeout(resolve)), stopped: () => this.ended || this.cancelled.has(request.requestId) };
    const post = (message: WorkerResponse) => { if (!this.stuck) this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>); };
    setTimeout(() => void runComparison(request, resolver, post, options));
  }
  terminate(): void { this.ended = true; terminated.push(this); }
}

async function client(cores: number) {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: cores });
  return import('../src/worker/client');
}

afterEach(() => { vi.unstubAllGlobals(); resolver = fileResolver; terminated.length = 0; spawned = 0; deaf = false; });

async function compare(cores: number, organisationIds: string[]) {
  const { startComparison } = await client(cores);
  const results: (ScenarioResult | null)[] = organisationIds.map(() => null);
  const progress: number[] = [];
  const replays: number[] = [];
  const handle = startComparison(
    { companyId: 'sme', organisationIds, run: { replications: 2, seed: 3, horizonDays: 7 }, levers: NEUTRAL_LEVERS },
    (index, result, done) => { results[index] = result; progress.push(done); },
    (index) => replays.push(index),
  );
  return { end: await handle.done, results, progress, replays };
}

describe('worker client', () => {
  it('shares organisations between workers and gives every result back under its own index', async () => {
    const orgs = ['funnel', 'coordinator', 'expert-community'];
    const one = await compare(1, orgs);
    const two = await compare(2, orgs);
    expect(two.end).toEqual({ type: 'done' });
    expect(two.results.map((r) => r?.organisation)).toEqual(orgs);
    expect(JSON.stringify(two.results)).toBe(JSON.stringify(one.results)); // who ran what does not matter
    expect(two.progress.at(-1)).toBe(6);
    expect([...two.replays].sort()).toEqual([0, 1, 2]);
  });

  it('reports the problems of every worker together, once each', async () => {
    resolver = (kind, id) => {
      const found = fileResolver(kind, id);
      if (!found || kind !== 'organisation') return found;
      return { ...found, text: found.text.replace(/^kind: organisation$/m, 'kind: organisation\nnonsense: 1') };
    };
    const { end } = await compare(2, ['funnel', 'coordinator']);
    expect(end.type).toBe('invalid');
    const files = end.type === 'invalid' ? end.issues.map((i) => i.file) : [];
    expect(files.some((f) => f.includes('funnel'))).toBe(true);
    expect(files.some((f) => f.includes('coordinator'))).toBe(true);
  });

  it('asks cancelled workers to stop, and gives them, still loaded, to the next run', async () => {
    const { startComparison, STOP_WAIT } = await client(2);
    const run = (replications: number) => startComparison({ companyId: 'sme', organisationIds: ['funnel', 'coordinator'], run: { replications, seed: 1, horizonDays: 7 }, levers: NEUTRAL_LEVERS }, () => {});
    const first = run(40); // enough that it is still under way when cancelled, however fast the engine
    await new Promise((resolve) => setTimeout(resolve, 30)); // under way
    first.cancel();
    expect(await first.done).toEqual({ type: 'cancelled' });
    const next = run(3);
    expect(await next.done).toEqual({ type: 'done' });
    expect(terminated).toHaveLength(0);
    expect(spawned).toBe(2); // the next run had the same two workers
    await new Promise((resolve) => setTimeout(resolve, STOP_WAIT + 50));
    expect(terminated).toHaveLength(0);
  });

  it('ends a cancelled worker that does not stop in time, and starts another', async () => {
    const { startComparison, STOP_WAIT } = await client(2);
    deaf = true;
    const handle = startComparison({ companyId: 'sme', organisationIds: ['funnel', 'coordinator'], run: { replications: 40, seed: 1, horizonDays: 7 }, levers: NEUTRAL_LEVERS }, () => {});
    await new Promise((resolve) => setTimeout(resolve, 30));
    handle.cancel();
    expect(await handle.done).toEqual({ type: 'cancelled' });
    expect(terminated).toHaveLength(0); // given time to stop first
    await new Promise((resolve) => setTimeout(resolve, STOP_WAIT + 50));
    expect(terminated).toHaveLength(2);
    expect(spawned).toBe(4); // replaced, loading for the next run
  });
});

describe('comparison runner', () => {
  const request: CompareRequest = { type: 'compare', requestId: 1, companyId: 'sme', organisationIds: ['funnel', 'coordinator'], run: { replications: 4, seed: 2, horizonDays: 7 }, levers: NEUTRAL_LEVERS };
  const run = async (now: () => number) => {
    const partials: { index: number; done: number; result: ScenarioResult }[] = [];
    await runComparison(request, fileResolver, (m) => { if (m.type === 'partial') partials.push(m); }, { now });
    return partials;
  };

  it('sends every first result at once, then refinements at a calmer pace, and always the last', async () => {
    const still = await run(() => 0); // no time passes: only the first and last replications go out
    expect(still.map((p) => [p.index, p.done])).toEqual([[0, 1], [1, 2], [0, 7], [1, 8]]);
    let clock = 0;
    const paced = await run(() => (clock += REFINE_MS)); // time enough passes between any two
    expect(paced.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // What is skipped is only sent later: the last summaries are the same.
    expect(JSON.stringify(still.slice(-2).map((p) => p.result))).toBe(JSON.stringify(paced.slice(-2).map((p) => p.result)));
  });

  it('waits until the first round is shown before refining it', async () => {
    let show = () => {};
    const shown = new Promise<void>((resolve) => { show = resolve; });
    const seen: string[] = [];
    const running = runComparison(request, fileResolver, (m) => seen.push(m.type === 'partial' ? `partial ${m.done}` : m.type), { now: () => 0, firstRoundShown: () => shown });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['valid', 'replay', 'partial 1', 'replay', 'partial 2']);
    show();
    await running;
    expect(seen.slice(5)).toEqual(['partial 7', 'partial 8', 'done']);
  });
});

describe('run control in a worker', () => {
  afterEach(() => vi.useRealTimers());

  it('lets a run refine when its picture is drawn, when it is cancelled, or after SHOWN_WAIT, and forgets it', async () => {
    vi.useFakeTimers();
    const control = runControl();
    const said: string[] = [];
    void control.firstRoundShown(1).then(() => said.push('1 goes on'));
    void control.firstRoundShown(2).then(() => said.push('2 goes on'));
    void control.firstRoundShown(3).then(() => said.push('3 goes on'));
    control.refine(9); // another run's word changes nothing
    control.refine(1);
    control.cancel(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(said).toEqual(['1 goes on', '2 goes on']);
    expect(control.stopped(2)).toBe(true);
    expect(control.stopped(1)).toBe(false);
    await vi.advanceTimersByTimeAsync(SHOWN_WAIT);
    expect(said).toEqual(['1 goes on', '2 goes on', '3 goes on']); // nobody said anything: it goes on anyway
    control.ended(2);
    expect(control.size()).toBe(0);
  });
});
