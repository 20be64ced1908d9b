/**
 * The command line's one argument parser, shared by every command (`simulate`, `compare`, and any
 * new one): options are declared once in `OPTIONS` with their help text, parsed by Node's own
 * `node:util` `parseArgs` (strict: an unknown or repeated option is a usage error, never ignored),
 * and read with the same number rule as the link and the controls (`scenario/values.ts`).
 * `runCommand` owns what every command does the same way: `-h`/`--help`, exit codes, and turning
 * every fault into one clear line on stderr — never a stack trace for something the user typed.
 */
import { parseArgs } from 'node:util';
import { readWholeNumber, wholeNumberRange } from '../scenario/values';

/** Exit codes of every command; `--help` lists them. */
export const EXIT = {
  ok: 0,
  internal: 1,
  input: 2,
  budget: 3,
} as const;

const EXIT_HELP: Record<keyof typeof EXIT, string> = {
  ok: 'success',
  internal: 'an internal error (a bug: please report it with the command that caused it)',
  input: 'invalid input: a bad option, a file that cannot be read or is not a valid scenario, an output that cannot be written (every problem on stderr)',
  budget: 'a replication ran out of its event or memory budget and stopped before the horizon (results are still written)',
};

/** A fault in what the user gave (a file, a value); the command stops with `code` and `message` on stderr. */
export class InputError extends Error {
  constructor(message: string, readonly code: number = EXIT.input) {
    super(message);
  }
}

/** A fault in the command line itself; the usage line follows the message. */
export class UsageError extends InputError {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Name of the value in the help, e.g. "N". */
  value?: string;
  help: string;
}

/** Every option any command takes, declared once so they mean the same thing everywhere. */
export const OPTIONS = {
  orgs: { type: 'string', value: 'id1,id2,…', help: 'organisation ids in scenarios/organisations/ or organisation files (.yaml, .json) (default: all of them)' },
  replications: { type: 'string', value: 'N', help: 'independent runs per organisation, for the confidence intervals' },
  seed: { type: 'string', value: 'S', help: 'the random seed: the same seed gives the same numbers' },
  days: { type: 'string', value: 'D', help: 'simulated days per replication' },
  levers: { type: 'string', value: 'name:value;…', help: 'the Explore panel\'s levers, e.g. "volume:2;crisis:1"' },
  out: { type: 'string', value: 'file.json|file.csv', help: 'also write the results to this file (checked before the run starts)' },
  threads: { type: 'string', value: 'T', help: 'worker threads (default: one per core)' },
  'memory-budget': { type: 'string', value: 'MB', help: 'most memory one replication may take (run.memoryBudgetMB); a run that needs more stops cleanly' },
  target: { type: 'string', value: 'measure:level[@scope:id][/time],…', help: 'the service to meet, e.g. sla:0.8 (80% first responses within each channel\'s expected time), sla:0.8/20s, sla:0.9@intent:complaint/60m, answered:0.95, public:0.9' },
  hours: { type: 'string', value: 'preset|office|extended|24/7', help: 'opening hours of the teams facing customers, each hour staffed and paid (default: as in each file)' },
  baseline: { type: 'string', value: 'id', help: 'the organisation others are compared with, whose cost sets the equal budget (default: funnel, else the first)' },
  volume: { type: 'string', value: 'from:to:points', help: 'volume multipliers, spaced geometrically, e.g. 0.25:4:9' },
  'min-reps': { type: 'string', value: 'N', help: 'replications every staffing gets first' },
  'max-reps': { type: 'string', value: 'N', help: 'most replications a staffing gets when its interval still straddles the target' },
  shard: { type: 'string', value: 'k/n', help: 'run only shard k of n (with --out part-k.json); npm run merge joins the parts into exactly the single run\'s result' },
  quiet: { type: 'boolean', short: 'q', help: 'print nothing on stdout; only problems on stderr' },
  help: { type: 'boolean', short: 'h', help: 'show this help and exit' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export interface CommandSpec<O extends OptionName> {
  /** As typed after `npm run`, e.g. "compare". */
  name: string;
  summary: string;
  /** The positional arguments, in order, with what each is. */
  positionals: readonly { name: string; help: string; /** One or more (the last positional only). */ many?: boolean }[];
  /** The options it takes besides `--help` and `--quiet`, with the range of each number. */
  options: readonly O[];
  /** Extra words per option (e.g. its range), shown after the shared help. */
  notes?: Partial<Record<OptionName, string>>;
  examples: readonly string[];
}

export interface ParsedCommand<O extends OptionName> {
  positionals: string[];
  values: { [K in O | 'help' | 'quiet']?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
}

function optionsOf(names: readonly OptionName[]): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  return Object.fromEntries(names.map((n) => {
    const o: OptionSpec = OPTIONS[n];
    return [n, o.short ? { type: o.type, short: o.short } : { type: o.type }];
  }));
}

function allOptions<O extends OptionName>(spec: CommandSpec<O>): OptionName[] {
  return [...spec.options, 'quiet', 'help'];
}

/** Parses `argv` for `spec`; every fault is a UsageError naming the option. */
export function parseCommand<O extends OptionName>(spec: CommandSpec<O>, argv: readonly string[]): ParsedCommand<O> {
  const names = allOptions(spec);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: optionsOf(names), allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    if (unknown) throw new UsageError(`unknown option ${unknown[1]!.slice(0, 40)}; the options are ${names.map((n) => `--${n}`).join(', ')}`);
    throw new UsageError(message.split('\n')[0]!);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
  }
  if (parsed.values.help) return { positionals: parsed.positionals, values: { help: true } as ParsedCommand<O>['values'] };
  const many = spec.positionals.at(-1)?.many === true;
  if (many ? parsed.positionals.length < spec.positionals.length : parsed.positionals.length !== spec.positionals.length) {
    const wanted = spec.positionals.map((p) => `<${p.name}>`).join(' ');
    const got = parsed.positionals.length ? `got ${parsed.positionals.map((p) => JSON.stringify(p.slice(0, 60))).join(' ')}` : 'got none';
    throw new UsageError(`give ${many ? 'at least' : 'exactly'} ${spec.positionals.length === 1 ? 'one argument' : `${spec.positionals.length} arguments`}, ${wanted} (${got})`);
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string' && value.trim() === '') throw new UsageError(`--${name} is empty; ${OPTIONS[name as OptionName].help}`);
  }
  return { positionals: parsed.positionals, values: parsed.values as ParsedCommand<O>['values'] };
}

/** A whole-number option within bounds, written in plain digits (as in the link and the controls). */
export function wholeNumberOption(raw: string | undefined, name: OptionName, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = readWholeNumber(raw, min, max);
  if (value === undefined) throw new UsageError(`--${name} must be ${wholeNumberRange(min, max)} in plain digits (got "${raw.slice(0, 40)}")`);
  return value;
}

/** The full help: usage, what it does, arguments, every option, exit codes, examples. */
export function helpText<O extends OptionName>(spec: CommandSpec<O>): string {
  const flag = (n: OptionName) => {
    const o: OptionSpec = OPTIONS[n];
    return `${o.short ? `-${o.short}, ` : '    '}--${n}${o.value ? ` <${o.value}>` : ''}`;
  };
  const names = allOptions(spec);
  const width = Math.max(...names.map((n) => flag(n).length), ...spec.positionals.map((p) => p.name.length + 2)) + 2;
  const line = (left: string, right: string) => `  ${left.padEnd(width)}${right}`;
  return [
    `usage: ${usageLine(spec)}`,
    '',
    spec.summary,
    '',
    'arguments:',
    ...spec.positionals.map((p) => line(`<${p.name}>`, p.help)),
    '',
    'options:',
    ...names.map((n) => line(flag(n), OPTIONS[n].help + (spec.notes?.[n] ? `; ${spec.notes[n]}` : ''))),
    '',
    'exit codes:',
    ...(Object.keys(EXIT) as (keyof typeof EXIT)[]).map((k) => `  ${EXIT[k]}  ${EXIT_HELP[k]}`),
    '',
    'examples:',
    ...spec.examples.map((e) => `  ${e}`),
  ].join('\n');
}

function usageLine<O extends OptionName>(spec: CommandSpec<O>): string {
  return `npm run ${spec.name} -- ${spec.positionals.map((p) => `<${p.name}>`).join(' ')} [options]   (-h for help)`;
}

/** Where a command writes: stdout and stderr in a terminal, strings in a test. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress lines are shown only there). */
  tty: boolean;
}

export const processIo: Io = {
  out: (text) => { console.log(text); },
  err: (text) => { process.stderr.write(text); },
  tty: process.stderr.isTTY === true,
};

export type CommandMain<O extends OptionName> = (args: ParsedCommand<O>, io: Io) => Promise<number>;

/**
 * Runs a command as every command runs, and resolves to its exit code: `--help` prints the help;
 * an InputError prints its message (a UsageError also the usage line) and exits with its code;
 * anything else is a bug, reported in one line (the stack only with CM_DEBUG=1) with exit code 1.
 */
export async function execute<O extends OptionName>(spec: CommandSpec<O>, main: CommandMain<O>, argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseCommand(spec, argv);
    if (args.values.help) { io.out(helpText(spec)); return EXIT.ok; }
    return await main(args, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${spec.name}: ${e.message}${e instanceof UsageError ? `\nusage: ${usageLine(spec)}` : ''}\n`);
      return e.code;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    io.err(`${spec.name}: internal error: ${error.message}${process.env.CM_DEBUG ? `\n${error.stack}` : ' (CM_DEBUG=1 shows where)'}\n`);
    return EXIT.internal;
  }
}

/** The entry point of a command's script: runs it on the process's arguments and sets its exit code. */
export function runCommand<O extends OptionName>(spec: CommandSpec<O>, main: CommandMain<O>): void {
  void execute(spec, main, process.argv.slice(2), processIo).then((code) => { process.exitCode = code; });
}
