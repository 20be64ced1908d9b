/**
 * Checks that every name a file uses points at something that exists: the part of validation a
 * schema cannot do. Each problem names its path and the names that would be accepted.
 */
import { CHANNEL_KINDS, type CompanyFile } from './schema-company';
import type { OrganisationFile } from './schema-organisation';
import { formatPath, type ScenarioIssue } from './issues';

type Path = PropertyKey[];

class Checker {
  readonly issues: ScenarioIssue[] = [];
  constructor(private readonly file: string, private readonly prefix: Path) {}

  add(path: Path, message: string): void {
    this.issues.push({ file: this.file, path: formatPath([...this.prefix, ...path]), message });
  }

  /** Reports a name not in `known`, listing what is. */
  ref(path: Path, value: string | undefined | null, known: ReadonlySet<string>, what: string): void {
    if (value == null || known.has(value)) return;
    const list = [...known];
    const shown = list.slice(0, 12).join(', ') + (list.length > 12 ? ', …' : '');
    this.add(path, `unknown ${what} "${value}"; known ${what}s: ${shown || '(none)'}`);
  }

  unique(items: readonly { id: string }[], path: string, what: string): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.add([path, i, 'id'], `duplicate ${what} id "${item.id}": ids must be unique`);
      seen.add(item.id);
    });
    return seen;
  }

  mix(path: Path, mix: Record<string, number>, known: ReadonlySet<string>, what: string): void {
    for (const key of Object.keys(mix)) this.ref([...path, key], key, known, what);
    if (!Object.values(mix).some((w) => w > 0)) this.add(path, `needs at least one ${what} with a weight above 0`);
  }
}

export function checkCompany(company: CompanyFile, file: string, prefix: Path = []): ScenarioIssue[] {
  const c = new Checker(file, prefix);
  const functions = new Set(company.functions);
  if (functions.size !== company.functions.length) c.add(['functions'], 'functions must not repeat');
  const topics = c.unique(company.topics, 'topics', 'topic');
  const intents = c.unique(company.intents, 'intents', 'intent');
  const channels = c.unique(company.channels, 'channels', 'channel');
  const publics = c.unique(company.publics, 'publics', 'public');

  company.topics.forEach((t, i) => c.ref(['topics', i, 'function'], t.function, functions, 'function'));
  company.intents.forEach((t, i) => c.ref(['intents', i, 'insightFunction'], t.insightFunction, functions, 'function'));
  company.channels.forEach((ch, i) => {
    c.ref(['channels', i, 'onAbandon', 'switchTo'], ch.onAbandon.switchTo, channels, 'channel');
    if (ch.onAbandon.switchTo === ch.id) c.add(['channels', i, 'onAbandon', 'switchTo'], 'a channel cannot switch to itself');
    if (ch.onAbandon.switchProbability > 0 && !ch.onAbandon.switchTo) {
      c.add(['channels', i, 'onAbandon', 'switchTo'], 'switchProbability is above 0: name the channel customers switch to');
    }
    if (ch.hours === 'never' || (Array.isArray(ch.hours) && ch.hours.length === 0)) {
      c.add(['channels', i, 'hours'], 'a channel must be open some of the time: give at least one span, or "24/7"');
    }
  });
  company.publics.forEach((p, i) => {
    c.mix(['publics', i, 'channels'], p.channels, channels, 'channel');
    c.mix(['publics', i, 'intents'], p.intents, intents, 'intent');
    c.mix(['publics', i, 'topics'], p.topics, topics, 'topic');
    c.ref(['publics', i, 'goodAnswer', 'becomes'], p.goodAnswer?.becomes, publics, 'public');
  });
  if (company.badBuzz) {
    c.mix(['badBuzz', 'channels'], company.badBuzz.channels, channels, 'channel');
    c.mix(['badBuzz', 'intents'], company.badBuzz.intents, intents, 'intent');
  }
  return c.issues;
}

export function checkOrganisation(org: OrganisationFile, company: CompanyFile, file: string, prefix: Path = []): ScenarioIssue[] {
  const c = new Checker(file, prefix);
  const functions = new Set(company.functions);
  const topics = new Set(company.topics.map((t) => t.id));
  const channels = new Set(company.channels.map((ch) => ch.id));
  const publics = new Set(company.publics.map((p) => p.id));
  const intents = new Set(company.intents.map((i) => i.id));
  const units = c.unique(org.units, 'units', 'unit');
  const pools = new Set(org.units.filter((u) => u.participation).map((u) => u.id));

  org.units.forEach((u, i) => {
    c.ref(['units', i, 'function'], u.function, functions, 'function');
    u.expertise?.forEach((f, j) => c.ref(['units', i, 'expertise', j], f, functions, 'function'));
    for (const t of Object.keys(u.topics)) c.ref(['units', i, 'topics', t], t, topics, 'topic');
    u.outOfScope.forEach((t, j) => c.ref(['units', i, 'outOfScope', j], t, topics, 'topic'));
    if (u.participation?.target !== undefined && u.participation.target < 0) c.add(['units', i, 'participation'], 'target must be 0..1');
  });

  for (const ch of company.channels) {
    if (!Object.hasOwn(org.routing.entry, ch.id) && !Object.hasOwn(org.routing.entry, ch.kind)) {
      c.add(['routing', 'entry', ch.id], `channel "${ch.id}" has no entry: name the unit that watches it (under its id, or its kind "${ch.kind}"), or write null if nobody does`);
    }
  }
  const kinds = new Set<string>(CHANNEL_KINDS);
  for (const [channel, target] of Object.entries(org.routing.entry)) {
    const path: Path = ['routing', 'entry', channel];
    if (!channels.has(channel) && !kinds.has(channel)) {
      c.add(path, `unknown channel "${channel}"; known channels: ${[...channels].join(', ')} (or a channel kind: ${CHANNEL_KINDS.join(', ')})`);
    }
    if (typeof target === 'string') c.ref(path, target, units, 'unit');
    else if (target) {
      for (const [topic, unit] of Object.entries(target.topics)) {
        c.ref([...path, 'topics', topic], topic, topics, 'topic');
        c.ref([...path, 'topics', topic], unit, units, 'unit');
      }
      for (const [fn, unit] of Object.entries(target.functions)) {
        c.ref([...path, 'functions', fn], fn, functions, 'function');
        c.ref([...path, 'functions', fn], unit, units, 'unit');
      }
      c.ref([...path, 'otherwise'], target.otherwise, units, 'unit');
    }
  }
  org.routing.referrals.forEach((r, i) => {
    const path: Path = ['routing', 'referrals', i];
    c.ref([...path, 'from'], r.from, units, 'unit');
    c.ref([...path, 'to'], r.to, units, 'unit');
    if (r.from === r.to) c.add([...path, 'to'], 'a unit cannot refer to itself');
    r.topics?.forEach((t, j) => c.ref([...path, 'topics', j], t, topics, 'topic'));
    r.functions?.forEach((f, j) => c.ref([...path, 'functions', j], f, functions, 'function'));
    if (r.commitment === 'committed' && r.forgetProbability > 0) {
      c.add([...path, 'forgetProbability'], 'a committed referral is never forgotten: set forgetProbability to 0 or make it optional');
    }
  });
  org.coordination.forEach((g, i) => g.units.forEach((u, j) => c.ref(['coordination', i, 'units', j], u, units, 'unit')));
  c.unique(org.tasks, 'tasks', 'task');
  org.tasks.forEach((t, i) => {
    c.ref(['tasks', i, 'unit'], t.unit, units, 'unit');
    t.animates.forEach((u, j) => {
      c.ref(['tasks', i, 'animates', j], u, units, 'unit');
      if (units.has(u) && !pools.has(u)) c.add(['tasks', i, 'animates', j], `unit "${u}" has no participation block, so there is nothing to animate`);
    });
    if (t.replies) {
      c.ref(['tasks', i, 'replies', 'public'], t.replies.public, publics, 'public');
      c.ref(['tasks', i, 'replies', 'channel'], t.replies.channel, channels, 'channel');
      c.ref(['tasks', i, 'replies', 'intent'], t.replies.intent, intents, 'intent');
      c.ref(['tasks', i, 'replies', 'topic'], t.replies.topic, topics, 'topic');
    }
  });
  return c.issues;
}
