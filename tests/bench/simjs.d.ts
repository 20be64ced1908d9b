/**
 * Types for the part of SIM.JS 2.0.3 (npm `simjs`, node_modules/simjs/sim.js) the benchmark uses.
 *
 * The package ships a browserify bundle without a standalone wrapper: under Node `require('simjs')`
 * returns an empty object and the library is only reachable as `window.Sim`. simjs-mmc.ts loads it
 * that way; these declarations describe the object it finds there (they are not `declare module
 * 'simjs'`, because importing the package normally would give nothing at run time).
 */

/** A pending occurrence: a timer, a facility use… Callbacks run when it is delivered. */
export interface SimJsRequest {
  /** Registers a callback; `argument` is spread when it is an array, passed as is otherwise. */
  done(callback: (...args: never[]) => void, context?: object, argument?: unknown): SimJsRequest;
}

/** The simulator: an event list (a binary heap of Request objects) and a clock. */
export interface SimJsSim {
  time(): number;
  /** Constructs an entity of this class (its constructor receives the simulator) and calls its start(...args). */
  addEntity<T extends SimJsEntity>(klass: new (sim: SimJsSim, name?: string) => T, name?: string, ...args: unknown[]): T;
  /** Runs until the event list is empty or the next event is later than `endTime`. */
  simulate(endTime: number, maxEvents?: number): boolean;
}

/** Base class of the active objects of a SIM.JS model; a subclass must define start(). */
export declare class SimJsEntity {
  constructor(sim: SimJsSim, name?: string);
  readonly sim: SimJsSim;
  time(): number;
  setTimer(duration: number): SimJsRequest;
  useFacility(facility: SimJsFacility, duration: number): SimJsRequest;
}

/** A resource with `servers` identical servers and a queue (FCFS, LCFS or processor sharing). */
export interface SimJsFacility {
  readonly servers: number;
  /** Time each request spent in the queue (zero for those served at once). */
  queueStats(): { durationSeries: { count(): number; average(): number } };
}

/** Mersenne Twister MT19937 with seeded variates. */
export interface SimJsRandom {
  /** Uniform in [0, 1). */
  random(): number;
  /** Exponential with rate `lambda` (mean 1/lambda). */
  exponential(lambda: number): number;
}

/** What `window.Sim` holds once sim.js has run. */
export interface SimJsLibrary {
  Sim: new () => SimJsSim;
  Entity: typeof SimJsEntity;
  Facility: {
    new (name: string, discipline?: number, servers?: number, maxqlen?: number): SimJsFacility;
    readonly FCFS: number;
    readonly LCFS: number;
    readonly PS: number;
  };
  Random: new (seed?: number) => SimJsRandom;
}
