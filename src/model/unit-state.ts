/**
 * What a unit is doing during a run: who is on duty, who is busy, what waits, and the time
 * integrals its utilisation, queue length and cost are computed from.
 *
 * Capacity is headcount × share × participation people: its whole part are full-speed servers,
 * its fractional part one slower server (a half-time person takes twice as long in elapsed time).
 */
import { TaskQueue } from './task-queue';

const MIN_FRACTION = 0.01;

export class UnitState {
  onDuty = false;
  /** People available now (0 when off duty). */
  capacity = 0;
  fullServers = 0;
  fractionSpeed = 0;
  busyFull = 0;
  busyFraction = false;
  /** Work in progress measured in people (a part-time server counts its speed). */
  busyPeople = 0;
  /** Queues by work class: committed referrals, regular work by channel priority, optional referrals. */
  readonly queues = [new TaskQueue(), new TaskQueue(), new TaskQueue(), new TaskQueue(), new TaskQueue()] as const;
  /** Live (not cancelled) tasks waiting in the queues. */
  waiting = 0;
  /** Written work and referrals not looked at yet (waits for the next inbox check). */
  readonly inbox = new TaskQueue();
  inboxLive = 0;
  checkScheduled = false;
  participation = 1;
  animatedToday = false;

  // Integrals since the start of measurement, in person-minutes and task-minutes.
  private last = 0;
  capacityTime = 0;
  busyTime = 0;
  /** Person-minutes worked beyond capacity: finishing a message after closing, or as volunteers drop out. */
  overtime = 0;
  backlogTime = 0;
  workedMinutes = 0;
  answered = 0;
  // Integrals at the last time-series sample (the sample's own integrals are the differences).
  private sampledCapacityTime = 0;
  private sampledBusyTime = 0;
  private sampledOvertime = 0;

  constructor(
    readonly headcount: number,
    readonly share: number,
  ) {}

  /** Adds the elapsed time since the last change to the integrals; call before any change. */
  advance(now: number): void {
    const dt = now - this.last;
    if (dt > 0) {
      this.capacityTime += this.capacity * dt;
      this.busyTime += this.busyPeople * dt;
      this.backlogTime += (this.waiting + this.inboxLive) * dt;
      const over = this.busyPeople - this.capacity;
      if (over > 0) this.overtime += over * dt;
      this.last = now;
    }
  }

  /** Starts measuring afresh (end of warm-up). */
  resetIntegrals(now: number): void {
    this.advance(now);
    // The time series keeps the part of its current sample already accumulated.
    this.sampledCapacityTime -= this.capacityTime;
    this.sampledBusyTime -= this.busyTime;
    this.sampledOvertime -= this.overtime;
    this.capacityTime = this.busyTime = this.backlogTime = this.overtime = this.workedMinutes = this.answered = 0;
  }

  /** Person-minutes available (on duty or in overtime) and busy since the previous call (one time-series sample). */
  takeSample(now: number): { capacity: number; busy: number } {
    this.advance(now);
    const sample = {
      capacity: this.capacityTime - this.sampledCapacityTime + this.overtime - this.sampledOvertime,
      busy: this.busyTime - this.sampledBusyTime,
    };
    this.sampledCapacityTime = this.capacityTime;
    this.sampledBusyTime = this.busyTime;
    this.sampledOvertime = this.overtime;
    return sample;
  }

  /** Recomputes servers after a shift change or a participation change. */
  setCapacity(now: number): void {
    this.advance(now);
    const people = this.onDuty ? this.headcount * this.share * this.participation : 0;
    this.capacity = people;
    this.fullServers = Math.floor(people + 1e-9);
    const fraction = people - this.fullServers;
    this.fractionSpeed = fraction >= MIN_FRACTION ? fraction : 0;
  }

  /** Takes a free server; returns its speed, or 0 when none is free. */
  takeServer(now: number): number {
    if (this.busyFull < this.fullServers) {
      this.advance(now);
      this.busyFull++;
      this.busyPeople += 1;
      return 1;
    }
    if (this.busyFraction === false && this.fractionSpeed > 0 && this.busyFull <= this.fullServers) {
      this.advance(now);
      this.busyFraction = true;
      this.busyPeople += this.fractionSpeed;
      return this.fractionSpeed;
    }
    return 0;
  }

  releaseServer(now: number, fractional: boolean, speed: number): void {
    this.advance(now);
    if (fractional) this.busyFraction = false;
    else this.busyFull--;
    this.busyPeople -= speed;
    if (this.busyFull === 0 && this.busyFraction === false) this.busyPeople = 0; // no drift from float sums
  }

  hasFreeServer(): boolean {
    return this.busyFull < this.fullServers || (this.busyFraction === false && this.fractionSpeed > 0 && this.busyFull <= this.fullServers);
  }
}
