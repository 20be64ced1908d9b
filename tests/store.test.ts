/**
 * The store's run scheduling, with the worker client replaced: a single change runs at once, a
 * burst (a drag) runs once after it pauses, and only the current run's first picture lets its
 * workers go on refining.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const handles: { cancel: ReturnType<typeof vi.fn>; refine: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../src/worker/client', () => ({
  startComparison: vi.fn(() => {
    // Like the real client: cancelling ends the run, which then reports 'cancelled'.
    let end: (e: { type: 'cancelled' }) => void = () => {};
    const handle = { done: new Promise((resolve) => { end = resolve; }), cancel: vi.fn(() => end({ type: 'cancelled' })), refine: vi.fn() };
    handles.push(handle);
    return handle;
  }),
}));

const { startComparison } = await import('../src/worker/client');
const { useApp } = await import('../src/state/store');
const started = vi.mocked(startComparison);

let clock = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  started.mockClear();
  handles.length = 0;
  clock += 10_000; // well after any earlier change
});
afterEach(() => { vi.useRealTimers(); vi.restoreAllMocks(); });

/** Moves both clocks: the store reads performance.now() and waits with setTimeout. */
const wait = (ms: number) => { clock += ms; vi.advanceTimersByTime(ms); };

describe('when the store runs', () => {
  it('runs a single change at once', () => {
    useApp.getState().setLever('volume', 1.25);
    expect(started).toHaveBeenCalledTimes(1);
    expect(started.mock.calls[0]![0].levers.volume).toBe(1.25);
  });

  it('runs a burst of changes (a drag) once more, with the last value, after it pauses', () => {
    for (const v of [1, 1.25, 1.5, 1.75, 2]) { useApp.getState().setLever('volume', v); wait(20); }
    expect(started).toHaveBeenCalledTimes(1); // the first change of the burst, at once
    expect(handles[0]!.cancel).toHaveBeenCalled(); // and cancelled by the next
    wait(100);
    expect(started).toHaveBeenCalledTimes(2);
    expect(started.mock.calls[1]![0].levers.volume).toBe(2);
  });

  it('lets only the current run go on refining when its first picture is drawn', () => {
    useApp.getState().setLever('volume', 1.5);
    const first = useApp.getState().runNumber;
    wait(1000);
    useApp.getState().setLever('volume', 1);
    useApp.getState().pictureShown(first); // a late word about the replaced run
    expect(handles[1]!.refine).not.toHaveBeenCalled();
    useApp.getState().pictureShown(useApp.getState().runNumber);
    expect(handles[1]!.refine).toHaveBeenCalledTimes(1);
  });

  it('stays running through a drag: the runs it replaces do not report "cancelled"', async () => {
    for (const v of [1, 1.25, 1.5]) { useApp.getState().setLever('volume', v); wait(20); }
    await Promise.resolve(); // let the replaced run's end be seen
    await Promise.resolve();
    expect(useApp.getState().status).toBe('running');
  });

  it('cancels a run still waiting for the end of a drag', async () => {
    for (const v of [1, 1.25]) { useApp.getState().setLever('volume', v); wait(20); }
    const before = started.mock.calls.length;
    useApp.getState().cancel();
    wait(100);
    expect(started).toHaveBeenCalledTimes(before); // the drag's run never starts
  });
});
