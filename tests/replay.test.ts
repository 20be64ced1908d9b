/**
 * The org diagram's replay: the recorder sees what the simulation did, recording changes nothing,
 * the picture at a minute depends on the minute alone, and the layout reads left to right.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../src/model/compile';
import { Simulation } from '../src/model/simulation';
import { TraceRecorder } from '../src/model/trace';
import { Outcome } from '../src/model/records';
import { runWithReplay, type Replay } from '../src/metrics/replay';
import { runReplication } from '../src/metrics/run-scenario';
import { channelNode, DotState, frameAt, ReplayClock } from '../src/charts/replay';
import { layoutDiagram } from '../src/charts/org-diagram';
import { preset } from './helpers/presets';

describe('trace recorder', () => {
  it('records every message as the simulation ran it', () => {
    const model = compileScenario(preset('sme', 'multi-team'));
    const sim = new Simulation(model, 7);
    const recorder = new TraceRecorder(0, model.horizon + 1, 1);
    sim.observer = recorder;
    sim.run();
    const traced = recorder.messages();
    const { messages } = sim;
    expect(traced.length).toBe(messages.count);
    let referred = 0;
    traced.forEach((t, m) => {
      expect(t.arrival).toBe(messages.arrival[m]);
      expect(t.channel).toBe(messages.channel[m]);
      expect(t.outcome).toBe(messages.outcome[m]);
      if (t.outcome === Outcome.Answered) expect(t.end).toBe(messages.resolution[m]);
      if (t.outcome === Outcome.Open) expect(t.end).toBeNull();
      if (messages.entryUnit[m]! >= 0) expect(t.steps[2]).toBe(messages.entryUnit[m]);
      else expect(t.steps).toEqual([]);
      // Each step leaves after the previous one arrived, and arrives after it left.
      for (let k = 0; k < t.steps.length; k += 3) {
        expect(t.steps[k + 1]!).toBeGreaterThanOrEqual(t.steps[k]!);
        if (k > 0) expect(t.steps[k]!).toBeGreaterThanOrEqual(t.steps[k - 2]!);
      }
      if (t.steps.length > 3) referred++;
    });
    expect(referred).toBeGreaterThan(50); // the multi-team refers a good share of its messages
  });

  it('changes nothing in the run, and replays the same way every time', () => {
    const scenario = preset('sme', 'funnel');
    const plain = runReplication(scenario, 0);
    const first = runWithReplay(scenario, 0);
    const again = runWithReplay(scenario, 0);
    expect(first.run.metrics).toEqual(plain.metrics);
    expect(JSON.stringify(again.replay)).toBe(JSON.stringify(first.replay));
    const r = first.replay;
    expect(r.end - r.start).toBe(3 * 1440);
    expect(r.messages.length).toBeGreaterThan(100);
    expect(r.messages.length).toBeLessThan(2000);
    // The backlog present when the window opens is part of the replay.
    expect(r.messages.some((m) => m.arrival < r.start)).toBe(true);
  });
});

/** A two-unit organisation and three messages, written by hand. */
function handReplay(): Replay {
  return {
    start: 0, end: 600, stride: 1,
    channels: [{ id: 'phone', kind: 'phone', isPublic: false }],
    units: [{ id: 'desk', function: 'service', headcount: 2 }, { id: 'experts', function: 'product', headcount: 5 }],
    entries: [{ channel: 0, unit: 0 }],
    referrals: [{ from: 0, to: 1, committed: true }],
    messages: [
      // arrives at 10, desk until 40, to the experts (reached at 70), answered at 100
      { channel: 0, arrival: 10, steps: [10, 10, 0, 40, 70, 1], end: 100, outcome: 'answered' },
      // arrives at 20, gives up at 50 while waiting at the desk
      { channel: 0, arrival: 20, steps: [20, 20, 0], end: 50, outcome: 'abandoned' },
      // arrives at 30, still waiting at the end
      { channel: 0, arrival: 30, steps: [30, 30, 0], end: null, outcome: 'open' },
    ],
  };
}

describe('replay frames', () => {
  const replay = handReplay();
  const phone = channelNode(0);

  it('puts each message where it is at that minute', () => {
    expect(frameAt(replay, 5, 4).dots).toEqual([]);
    // At 12: the first has been put through to the desk over the 4-minute minimum move.
    expect(frameAt(replay, 12, 4).dots[0]).toEqual({ from: phone, to: 0, progress: 0.5, state: DotState.Moving });
    expect(frameAt(replay, 20, 4).dots[0]).toEqual({ from: 0, to: 0, progress: 1, state: DotState.Waiting });
    expect(frameAt(replay, 55, 4).dots[0]).toEqual({ from: 0, to: 1, progress: 0.5, state: DotState.Moving });
    expect(frameAt(replay, 80, 4).dots[0]).toMatchObject({ to: 1, state: DotState.Waiting });
    // Answered at 100: on its way back to the channel, then gone.
    expect(frameAt(replay, 102, 4).dots[0]).toEqual({ from: 1, to: phone, progress: 0.5, state: DotState.Answered });
    const late = frameAt(replay, 200, 4);
    expect(late.dots.map((d) => d.state)).toEqual([DotState.Waiting]);
    expect([late.answered, late.lost]).toEqual([1, 1]);
    expect(frameAt(replay, 51, 4).dots[1]).toMatchObject({ from: 0, to: 0, state: DotState.Abandoned });
  });

  it('is the same picture however it is reached', () => {
    for (const t of [0, 33.3, 71, 150, 599]) expect(frameAt(replay, t, 4)).toEqual(frameAt(replay, t, 4));
  });
});

describe('replay clock', () => {
  function clockAt(speed: number) {
    let now = 1000;
    const clock = new ReplayClock(0, 600, speed, () => now);
    return { clock, tick: (ms: number) => { now += ms; } };
  }

  it('advances simulated time by wall time × speed, whatever the frame rate', () => {
    const fast = clockAt(60), slow = clockAt(60);
    fast.clock.play(); slow.clock.play();
    for (let i = 0; i < 60; i++) { fast.tick(1000 / 60); fast.clock.minute(); } // 60 frames a second
    for (let i = 0; i < 4; i++) { slow.tick(250); slow.clock.minute(); } // 4 frames a second
    expect(fast.clock.minute()).toBeCloseTo(60, 6);
    expect(slow.clock.minute()).toBeCloseTo(60, 6);
  });

  it('pauses, seeks, changes speed without a jump, and stops at the end', () => {
    const { clock, tick } = clockAt(60);
    clock.play();
    tick(1000);
    clock.pause();
    tick(5000);
    expect(clock.minute()).toBeCloseTo(60);
    clock.seek(300);
    clock.play();
    tick(500);
    clock.setSpeed(120);
    expect(clock.minute()).toBeCloseTo(330);
    tick(1000);
    expect(clock.minute()).toBeCloseTo(450);
    tick(10_000);
    expect(clock.minute()).toBe(600);
    expect(clock.playing).toBe(false);
    clock.play(); // from the start again
    expect(clock.minute()).toBe(0);
  });
});

describe('org diagram layout', () => {
  const layoutOf = (org: string) => {
    const { replay } = runWithReplay(preset('sme', org, { horizonDays: 14 }), 0);
    const layout = layoutDiagram(replay, 440, 5);
    const at = (id: string) => layout.units[replay.units.findIndex((u) => u.id === id)]!;
    return { layout, at };
  };

  it('draws the funnel as a front desk with a back office behind it', () => {
    const { layout, at } = layoutOf('funnel');
    expect(at('desk').x).toBeGreaterThan(layout.channels[0]!.x);
    expect(at('cs_head').x).toBeGreaterThan(at('desk').x);
    expect(at('product').x).toBeGreaterThan(at('cs_head').x);
    for (const p of [...layout.channels, ...layout.units]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(layout.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(layout.height);
    }
  });

  it('puts the expert community one step from the customers', () => {
    const { at } = layoutOf('expert-community');
    expect(at('pool_service').x).toBe(at('desk').x);
    expect(at('pool_product').x).toBe(at('desk').x);
  });
});

describe('replay sampling', () => {
  it('keeps about the budget of dots even when a crisis floods the window', () => {
    const scenario = preset('airline', 'funnel', { horizonDays: 14 });
    scenario.company.badBuzz!.scripted.forEach((s) => { s.enabled = true; });
    const { replay } = runWithReplay(scenario, 0);
    const arriving = replay.messages.filter((m) => m.arrival >= replay.start).length;
    expect(arriving).toBeGreaterThan(150);
    expect(arriving).toBeLessThan(800);
  });
});
