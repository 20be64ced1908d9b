/**
 * Closed-form results the engine is validated against: Erlang C for the M/M/c queue, the mean
 * waits of an M/M/c queue with non-preemptive priority classes (Cobham), and the mean sojourn
 * time of a Jackson network of M/M/c stations in tandem.
 * Source: Gross & Harris, Fundamentals of Queueing Theory, §2.3, §3.4 and §4.1.
 */

export interface ErlangC {
  /** Offered load a = λ/μ and utilisation ρ = a/c. */
  load: number;
  utilisation: number;
  /** Probability an arrival has to wait. */
  probabilityOfWaiting: number;
  /** Mean wait in queue Wq and mean number waiting Lq. */
  meanWait: number;
  meanQueueLength: number;
  /** Mean time in the system W = Wq + 1/μ. */
  meanSojourn: number;
}

/** Erlang C for arrival rate λ, service rate μ per server and c servers (requires λ < cμ). */
export function erlangC(lambda: number, mu: number, c: number): ErlangC {
  const a = lambda / mu;
  const rho = a / c;
  if (rho >= 1) throw new Error(`unstable queue: utilisation ${rho.toFixed(3)} ≥ 1`);
  // Sum a^k/k! for k < c, computed by recurrence to stay stable for large c.
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - rho); // a^c / c! / (1 - ρ)
  const pWait = top / (sum + top);
  const wq = pWait / (c * mu - lambda);
  return { load: a, utilisation: rho, probabilityOfWaiting: pWait, meanWait: wq, meanQueueLength: lambda * wq, meanSojourn: wq + 1 / mu };
}

/**
 * Mean wait in queue of each class of an M/M/c queue where waiting work is served by class, first
 * class first, without interrupting anyone (non-preemptive), all classes with the same service
 * rate μ (Cobham 1954): Wq_k = W0 / ((1 − σ_{k−1})(1 − σ_k)), with W0 = P(wait) / (cμ) the mean
 * time until a server frees up and σ_k the utilisation brought by classes 1..k.
 */
export function priorityWaits(lambdas: readonly number[], mu: number, c: number): number[] {
  const total = lambdas.reduce((s, l) => s + l, 0);
  const w0 = erlangC(total, mu, c).probabilityOfWaiting / (c * mu);
  let before = 0;
  return lambdas.map((lambda) => {
    const upTo = before + lambda / (c * mu);
    const wait = w0 / ((1 - before) * (1 - upTo));
    before = upTo;
    return wait;
  });
}

/** Mean sojourn through M/M/c stations in series, each fed the same Poisson flow λ (Jackson). */
export function jacksonTandemSojourn(lambda: number, stations: readonly { mu: number; c: number }[]): number {
  return stations.reduce((total, s) => total + erlangC(lambda, s.mu, s.c).meanSojourn, 0);
}
