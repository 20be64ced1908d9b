/**
 * The command line against hostile and careless input: every case must end with exit code 2, a
 * message on stderr naming what is wrong, no stack trace and nothing on stdout. Most cases run the
 * command in this process (as the script does, with its output captured); the ones that could
 * hang (endless devices, a FIFO) and the help run as real processes, killed by the harness after
 * a time limit so a hang fails the test instead of stalling it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute, type CommandMain, type CommandSpec, type Io, type OptionName } from '../src/cli/args';
import { compare, COMPARE } from '../src/cli/commands/compare';
import { simulate, SIMULATE } from '../src/cli/commands/simulate';
import { REPO_ROOT } from '../src/cli/files';

const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'cm-hostile-cli-'));
/** Killed after this long: a hostile input must never make a command hang. */
const KILL_AFTER_MS = 30_000;

interface Outcome { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

const COMMANDS = { simulate: [SIMULATE, simulate], compare: [COMPARE, compare] } as const;

/** Runs a command in this process, exactly as its script does, capturing what it writes. */
async function run(command: keyof typeof COMMANDS, args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => { stdout += `${t}\n`; }, err: (t) => { stderr += t; }, tty: false };
  const [spec, main] = COMMANDS[command];
  const status = await execute(spec as CommandSpec<OptionName>, main as CommandMain<OptionName>, args, io);
  return { status, signal: null, stdout, stderr };
}

/** Runs a command's script as a separate process, killed after KILL_AFTER_MS. */
function runProcess(command: keyof typeof COMMANDS, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [`src/cli/${command}.ts`, ...args], { cwd: REPO_ROOT, timeout: KILL_AFTER_MS, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** The claims every hostile case shares. */
function expectClearRefusal(r: Outcome, names: RegExp): void {
  expect(r.signal, 'killed by the time limit: the command hung').toBeNull();
  expect(r.stderr).toMatch(names);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.status).toBe(2);
}

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const TANDEM = readFileSync(join(REPO_ROOT, 'scenarios/tandem-jackson.yaml'), 'utf8');
const fifo = join(dir, 'pipe.yaml');
execFileSync('mkfifo', [fifo]);
mkdirSync(join(dir, 'folder.yaml'));
const out = join(dir, 'out');
mkdirSync(out);

describe.concurrent('npm run compare refuses bad arguments before running, as simulate does', () => {
  const cases: [string, string[], RegExp][] = [
    ['--threads 0', ['sme', '--orgs', 'funnel', '--threads', '0'], /--threads must be a whole number from 1 to 64/],
    ['--threads abc', ['sme', '--orgs', 'funnel', '--threads', 'abc'], /--threads must be a whole number from 1 to 64/],
    ['--orgs ,', ['sme', '--orgs', ','], /--orgs names no organisation/],
    ['an organisation path given as an id', ['sme', '--orgs', '../../scenarios/organisations/funnel'], /--orgs takes ids, not paths/],
    ['a company path that is a folder', ['scenarios/', '--orgs', 'funnel'], /"scenarios\/?" is a folder/],
    ['a company file that is missing', ['nowhere/company.yaml', '--orgs', 'funnel'], /there is no file "nowhere\/company.yaml"/],
    ['an unknown company id', ['acme', '--orgs', 'funnel'], /there is no company "acme".*sme/],
    ['a seed in hexadecimal', ['sme', '--orgs', 'funnel', '--seed', '0x10'], /--seed must be a whole number from 0 to 4294967295/],
    ['a seed with a sign', ['sme', '--orgs', 'funnel', '--seed', '+5'], /--seed must be a whole number/],
    ['a seed with a space', ['sme', '--orgs', 'funnel', '--seed', ' 5'], /--seed must be a whole number/],
    ['a seed in binary', ['sme', '--orgs', 'funnel', '--seed', '0b11'], /--seed must be a whole number/],
    ['replications given twice', ['sme', '--orgs', 'funnel', '--replications', '2', '--replications', '3'], /--replications is given twice/],
    ['a lever with two values', ['sme', '--orgs', 'funnel', '--levers', 'volume:2:3'], /--levers: lever "volume" must be a number from 0.1 to 10/],
    ['a lever in exponent notation', ['sme', '--orgs', 'funnel', '--levers', 'volume:1e0'], /lever "volume" must be/],
    ['an unknown option', ['sme', '--bogus'], /unknown option --bogus; the options are --orgs/],
    ['--out into a missing folder', ['sme', '--orgs', 'funnel', '--out', join(dir, 'missing', 'r.json')], /the folder ".*missing" does not exist/],
    ['--out onto a folder', ['sme', '--orgs', 'funnel', '--out', out], /is a folder; give a file name inside it/],
    ['--out with another extension', ['sme', '--orgs', 'funnel', '--out', join(dir, 'r.txt')], /--out must end in .json or .csv/],
    ['an empty --days', ['sme', '--orgs', 'funnel', '--days='], /--days is empty/],
    ['two companies', ['sme', 'bank'], /give exactly one argument, <company>/],
  ];
  for (const [what, args, names] of cases) {
    it(`refuses ${what} with exit 2 and a message naming it`, async () => {
      const r = await run('compare', args);
      expectClearRefusal(r, names);
      expect(r.stdout).toBe('');
    });
  }
  it('refuses --orgs , under --quiet too, rather than exiting 0 with an empty comparison', async () => {
    expectClearRefusal(await run('compare', ['sme', '--orgs', ',', '--quiet']), /--orgs names no organisation/);
  });
});

describe.concurrent('npm run simulate refuses files it must not read, quickly', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a folder', () => join(dir, 'folder.yaml'), /folder.yaml" is a folder/],
    ['a missing file', () => join(dir, 'absent.yaml'), /there is no file ".*absent.yaml"/],
    ['a UTF-16 file with a byte-order mark', () => file('utf16.yaml', Buffer.from(`\ufeff${TANDEM}`, 'utf16le')), /encoded in UTF-16; save it as UTF-8/],
    ['a UTF-16 file without a byte-order mark', () => file('utf16-nobom.yaml', Buffer.from(TANDEM, 'utf16le')), /encoded in UTF-16/],
    ['a binary file', () => file('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xd8, 0x10, 0x80, 0x81])), /not UTF-8 text/],
    ['a file over the size limit', () => file('big.yaml', `# ${'x'.repeat(1_100_000)}\n`), /larger than 1000 kB/],
    ['a circular YAML alias', () => file('loop.yaml', 'version: 1\nkind: &k [*k]\n'), /kind\[0\]: this value contains itself through an alias/],
    ['a mapping that contains itself', () => file('loop2.yaml', 'version: 1\nkind: scenario\nrun: &r {again: *r}\n'), /run\.again: this value contains itself/],
    ['a NUL in version', () => file('nul.yaml', TANDEM.replace('version: 1', 'version: 1\u0000')), /NUL character \(line \d+, column 11\)/],
    ['an organisation naming its company by a path', () => file('escape.yaml', 'version: 1\nkind: organisation\nid: x\nname: x\ncompany: ../../../etc/passwd\nunits: []\n'), /no company with id "..\/..\/..\/etc\/passwd"/],
  ];
  for (const [what, path, names] of cases) {
    it(`refuses ${what} with exit 2 and a message saying why`, async () => {
      const r = await run('simulate', [path()]);
      expectClearRefusal(r, names);
    });
  }
  const endless: [string, () => string, RegExp][] = [
    ['/dev/zero (endless)', () => '/dev/zero', /"\/dev\/zero" is not a regular file/],
    ['/dev/urandom (endless, binary)', () => '/dev/urandom', /"\/dev\/urandom" is not a regular file/],
    ['a FIFO (would block)', () => fifo, /pipe.yaml" is not a regular file/],
  ];
  for (const [what, path, names] of endless) {
    it(`refuses ${what} in a real process, before the time limit`, async () => {
      expectClearRefusal(await runProcess('simulate', [path()]), names);
    }, 2 * KILL_AFTER_MS);
  }
  it('checks --out before a run, so a long run is never lost to a missing folder', async () => {
    const r = await run('simulate', ['scenarios/tandem-jackson.yaml', '--out', join(dir, 'nope', 'r.json')]);
    expectClearRefusal(r, /the folder ".*nope" does not exist/);
    expect(r.stdout).toBe(''); // refused before the summary of a run
  });
});

describe('the help', () => {
  it('lists every option, the exit codes and examples for -h and --help, with exit 0', async () => {
    for (const [command, options] of [['simulate', ['--replications', '--seed', '--out', '--threads', '--quiet', '--help']], ['compare', ['--orgs', '--days', '--levers', '--replications', '--seed', '--out', '--threads', '--quiet']]] as const) {
      for (const flag of ['-h', '--help']) {
        const r = await runProcess(command, [flag]);
        expect(r.status).toBe(0);
        for (const option of options) expect(r.stdout).toContain(option);
        expect(r.stdout).toMatch(/exit codes:\n {2}0 {2}success[\s\S]*\n {2}2 {2}invalid input[\s\S]*\n {2}3 {2}a replication ran out/);
        expect(r.stdout).toMatch(new RegExp(`examples:\\n {2}npm run ${command} -- `));
      }
    }
  }, 4 * KILL_AFTER_MS);
});
