/**
 * Where each sampled message is at a simulated minute, and the clock that says which minute it
 * is. Pure: the picture at a minute depends on that minute only, never on the frame rate.
 */
import type { Replay, ReplayMessage } from '../metrics/replay';

/** Diagram nodes: units are 0…n−1, channel c is −1 − c. */
export const channelNode = (channel: number): number => -1 - channel;

/** A move that takes no simulated time is still drawn over this long on screen (seconds). */
export const MOVE_SECONDS = 0.35;

export const enum DotState { Moving = 0, Waiting = 1, Answered = 2, Dropped = 3, Abandoned = 4 }

export interface Dot {
  from: number;
  to: number;
  /** 0…1 along the move, or through the fade-out once the message ended. */
  progress: number;
  state: DotState;
}

export interface ReplayFrame {
  dots: Dot[];
  /** Sampled messages answered, dropped or abandoned since the start of the replay. */
  answered: number;
  lost: number;
}

const ENDED_STATE: Record<ReplayMessage['outcome'], DotState> = { open: DotState.Waiting, answered: DotState.Answered, dropped: DotState.Dropped, abandoned: DotState.Abandoned };

/**
 * The dots at minute `t`. A move shorter than `minMove` minutes (a call put straight through) is
 * drawn over `minMove` so the eye can follow it, never past the message's next move.
 */
export function frameAt(replay: Replay, t: number, minMove: number): ReplayFrame {
  const dots: Dot[] = [];
  let answered = 0, lost = 0;
  for (const m of replay.messages) {
    if (m.arrival > t) break; // in order of arrival
    const steps = m.steps;
    const n = steps.length / 3;
    let k = n - 1;
    while (k >= 0 && steps[3 * k]! > t) k--;
    const here = k >= 0 ? steps[3 * k + 2]! : channelNode(m.channel);
    if (m.end !== null && t >= m.end) {
      if (m.end >= replay.start) {
        if (m.outcome === 'answered') answered++;
        else lost++;
      }
      if (t >= m.end + minMove) continue;
      const state = ENDED_STATE[m.outcome];
      const to = state === DotState.Answered ? channelNode(m.channel) : here;
      dots.push({ from: here, to, progress: (t - m.end) / minMove, state });
      continue;
    }
    if (k < 0) { dots.push({ from: here, to: here, progress: 1, state: DotState.Waiting }); continue; }
    const depart = steps[3 * k]!;
    const next = k + 1 < n ? steps[3 * k + 3]! : (m.end ?? Infinity);
    const reached = Math.min(Math.max(steps[3 * k + 1]!, depart + minMove), next);
    const from = k > 0 ? steps[3 * k - 1]! : channelNode(m.channel);
    if (t < reached) dots.push({ from, to: here, progress: (t - depart) / (reached - depart), state: DotState.Moving });
    else dots.push({ from: here, to: here, progress: 1, state: DotState.Waiting });
  }
  return { dots, answered, lost };
}

/**
 * Simulated time driven by the wall clock: minute = anchor + elapsed seconds × speed. Frames only
 * read it, so a slow machine shows fewer frames of the same replay, not a slower one.
 */
export class ReplayClock {
  private anchorMinute: number;
  private anchorWall = 0;
  playing = false;

  constructor(readonly start: number, readonly end: number, public speed: number, private readonly wall: () => number = () => performance.now()) {
    this.anchorMinute = start;
  }

  /** The simulated minute now; reaching the end pauses the clock there. */
  minute(): number {
    if (!this.playing) return this.anchorMinute;
    const t = this.anchorMinute + ((this.wall() - this.anchorWall) / 1000) * this.speed;
    if (t < this.end) return t;
    this.playing = false;
    this.anchorMinute = this.end;
    return this.end;
  }

  play(): void {
    if (this.playing) return;
    if (this.anchorMinute >= this.end) this.anchorMinute = this.start; // play again from the start
    this.anchorWall = this.wall();
    this.playing = true;
  }

  pause(): void {
    this.anchorMinute = this.minute();
    this.playing = false;
  }

  seek(minute: number): void {
    this.anchorMinute = Math.min(this.end, Math.max(this.start, minute));
    this.anchorWall = this.wall();
  }

  setSpeed(speed: number): void {
    this.anchorMinute = this.minute();
    this.anchorWall = this.wall();
    this.speed = speed;
  }
}
