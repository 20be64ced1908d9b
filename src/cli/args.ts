/**
 * Command-line arguments: a tiny parser for `<positional> --flag value` with clear errors.
 */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], known: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (![...known, ...booleans].includes(name)) throw new UsageError(`unknown option --${name}; known: ${[...known, ...booleans].map((k) => `--${k}`).join(', ')}`);
    if (booleans.includes(name)) { flags.set(name, 'true'); continue; }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { positional, flags };
}

/** Reads a whole-number flag within bounds. */
export function intFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = args.flags.get(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}
