/**
 * Counters of the slices of a run's measured messages — all of them, each channel, intent, public
 * and function — as typed-array columns indexed by slot, so measuring a message adds to five slots
 * without touching an object per slice. Latencies are kept apart (latency.ts).
 *
 * Owns: the per-slice counts and the figures made of them (count, answered and consistent shares,
 * shares resolved within 1 h / 1 d / 3 d, SLA attainment). Pure; imports nothing.
 */

/** Resolution deadlines for the censored view: share of all messages resolved within each. */
export const WITHIN: readonly [string, number][] = [['1h', 60], ['1d', 1440], ['3d', 4320]];

/** Bit i set when a resolution latency is within WITHIN[i]. */
export function withinBits(resolved: number): number {
  let bits = 0;
  for (let i = 0; i < WITHIN.length; i++) if (resolved <= WITHIN[i]![1]) bits |= 1 << i;
  return bits;
}

export class SliceCounters {
  readonly count: Int32Array;
  readonly answered: Int32Array;
  readonly consistent: Int32Array;
  /** Resolved within each WITHIN deadline (shares of every message, answered or not). */
  readonly within: [Int32Array, Int32Array, Int32Array];
  readonly expectingAnswer: Int32Array;
  readonly withinSla: Int32Array;

  constructor(slots: number) {
    this.count = new Int32Array(slots);
    this.answered = new Int32Array(slots);
    this.consistent = new Int32Array(slots);
    this.within = [new Int32Array(slots), new Int32Array(slots), new Int32Array(slots)];
    this.expectingAnswer = new Int32Array(slots);
    this.withinSla = new Int32Array(slots);
  }

  /**
   * Counts one message in `slot`: `answered`, `expects` and `inSla` are 0 or 1, `consistent` the
   * message's flag (0 unless answered), `within` its withinBits (0 unless answered).
   */
  add(slot: number, answered: number, consistent: number, within: number, expects: number, inSla: number): void {
    this.count[slot]!++;
    this.answered[slot]! += answered;
    this.consistent[slot]! += consistent;
    this.within[0][slot]! += within & 1;
    this.within[1][slot]! += (within >> 1) & 1;
    this.within[2][slot]! += within >> 2;
    this.expectingAnswer[slot]! += expects;
    this.withinSla[slot]! += inSla;
  }

  /** Puts the figures of `slot` under `prefix` (a share only when its whole is above 0). */
  put(values: Record<string, number>, slot: number, prefix: string): void {
    const ratio = (key: string, part: number, whole: number) => { if (whole > 0) values[`${prefix}.${key}`] = part / whole; };
    values[`${prefix}.count`] = this.count[slot]!;
    ratio('answered', this.answered[slot]!, this.count[slot]!);
    ratio('consistent', this.consistent[slot]!, this.answered[slot]!);
    WITHIN.forEach(([label], i) => ratio(`resolvedWithin.${label}`, this.within[i]![slot]!, this.count[slot]!));
    ratio('sla', this.withinSla[slot]!, this.expectingAnswer[slot]!);
  }
}
