/**
 * Series over simulated time, sampled at a fixed interval: utilisation, backlog and people on duty
 * per unit, inbound volume, visibility and the crisis multiplier; participation per day.
 */
import type { UnitState } from './unit-state';

export class TimeSeries {
  readonly samples: number;
  /** [unit][sample]: busy people / people on duty over the interval (0 when nobody is on duty). */
  readonly utilisation: Float64Array[];
  /** [unit][sample]: messages waiting (queue + inbox) at the end of the interval. */
  readonly backlog: Float64Array[];
  /** [unit][sample]: mean people on duty over the interval. */
  readonly onDuty: Float64Array[];
  readonly visibility: Float64Array;
  readonly crisisMultiplier: Float64Array;
  /** [day][unit]: participation of each unit at each midnight (1 for units without volunteers). */
  readonly participation: number[][] = [];

  constructor(units: number, horizon: number, readonly interval: number) {
    this.samples = Math.max(1, Math.floor(horizon / interval));
    const perUnit = () => Array.from({ length: units }, () => new Float64Array(this.samples));
    this.utilisation = perUnit();
    this.backlog = perUnit();
    this.onDuty = perUnit();
    this.visibility = new Float64Array(this.samples);
    this.crisisMultiplier = new Float64Array(this.samples).fill(1);
  }

  private slot(time: number): number {
    return Math.min(this.samples - 1, Math.max(0, Math.ceil(time / this.interval) - 1));
  }

  record(time: number, units: readonly UnitState[], visibility: number, multiplier: number): void {
    const k = this.slot(time);
    units.forEach((u, i) => {
      const { capacity, busy } = u.takeSample(time);
      this.utilisation[i]![k] = capacity > 0 ? Math.min(1, busy / capacity) : 0;
      this.onDuty[i]![k] = capacity / this.interval;
      this.backlog[i]![k] = u.waiting + u.inboxLive;
    });
    this.visibility[k] = visibility;
    this.crisisMultiplier[k] = multiplier;
  }

  recordParticipation(levels: number[]): void {
    this.participation.push(levels);
  }
}
