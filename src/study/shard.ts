/**
 * Cutting a study into shards a batch system can run anywhere: shard k of n takes the study's
 * cells (organisations, or organisation × volume points) whose index is k − 1 modulo n. Every
 * cell's result depends only on the study's settings, so merged shards give exactly the single
 * run's result. Pure.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const inShard = (cell: number, shard: Shard) => cell % shard.count === shard.index - 1;

/** Reads "k/n" (1 ≤ k ≤ n ≤ 10,000). */
export function readShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]), count = Number(match?.[2]);
  if (!match || count < 1 || count > 10_000 || index < 1 || index > count) return `--shard must be k/n with 1 ≤ k ≤ n ≤ 10000, e.g. --shard 2/4 (got "${text.slice(0, 20)}")`;
  return { index, count };
}
