/**
 * Working on a draft's text: the blank files a draft starts from, a preset duplicated under a
 * new id, the kind of an imported file, and where in the text a problem's path points.
 *
 * Owns: text-level operations on drafts. The YAML library's document model keeps the user's
 * comments and layout when a field is changed.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DraftKind } from './drafts';

/** A company to start from: one public writing by phone and e-mail about two topics. */
const BLANK_COMPANY = `version: 1
kind: company
id: my-company
name: { en: My company, fr: Mon entreprise }
employees: 200
# The functions every shipped organisation knows, so each can run on this company.
functions: [customer_service, sales, marketing, communication, pr, hr, legal, product]
topics:
  - { id: orders, function: customer_service, name: { en: Orders, fr: Commandes } }
  - { id: offers, function: sales, name: { en: Offers, fr: Offres } }
intents:
  - { id: question, name: { en: Question, fr: Question } }
  - { id: complaint, visibilityWeight: 1, name: { en: Complaint, fr: Réclamation } }
channels:
  - { id: phone, kind: phone, live: true, hours: office, expectedResponseMinutes: 1, name: { en: Phone, fr: Téléphone } }
  - { id: email, kind: email, expectedResponseMinutes: 1440, name: { en: E-mail, fr: Courriel } }
publics:
  - id: customers
    name: { en: Customers, fr: Clients }
    size: 10000
    contactsPerMonth: 0.05
    channels: { phone: 1, email: 1 }
    intents: { question: 4, complaint: 1 }
    topics: { orders: 3, offers: 1 }
`;

/** An organisation to start from: one team answering every kind of channel. */
const BLANK_ORGANISATION = `version: 1
kind: organisation
id: my-organisation
name: { en: My organisation, fr: Mon organisation }
units:
  - id: team
    name: { en: Customer team, fr: Équipe clients }
    function: customer_service
    role: front
    headcount: 3
    hours: office
    hourlyCost: 30
routing:
  # By channel kind, so it fits every company; a channel id takes precedence.
  entry: { phone: team, email: team, social_public: team, social_private: team, forum: team, direct: team }
  referrals: []
`;

export const BLANK: Record<DraftKind, string> = { company: BLANK_COMPANY, organisation: BLANK_ORGANISATION };

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 58);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A file's text under a new id, its name marked as a copy (unless `copy` is false); comments and layout kept. */
export function duplicateText(text: string, id: string, copy = true): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  doc.set('id', id);
  if (!copy) return doc.toString({ lineWidth: 0 });
  const name = doc.get('name', true);
  if (isScalar(name) && typeof name.value === 'string') doc.set('name', `${name.value} (copy)`);
  else if (isMap(name)) {
    const en = name.get('en');
    const fr = name.get('fr');
    if (typeof en === 'string') name.set('en', `${en} (copy)`);
    if (typeof fr === 'string') name.set('fr', `${fr} (copie)`);
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * What an imported text says it is. Read from the text itself when it cannot be parsed, so even a
 * broken file becomes a draft of the right kind, kept as written.
 */
export function kindOfText(text: string): DraftKind | 'scenario' | null {
  const match = /(?:^|[{,])\s*["']?kind["']?\s*:\s*["']?(company|organisation|scenario)\b/m.exec(text.slice(0, 20_000));
  return (match?.[1] as DraftKind | 'scenario' | undefined) ?? null;
}

/** Keys of an issue path such as `units[2].topics.billing` → ['units', 2, 'topics', 'billing']. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return keys;
}

/**
 * The stretch of text a problem's path names: the deepest part of the path found in the text (a
 * missing field points at the mapping that should hold it). "line L, column C" paths (YAML syntax
 * errors) point at that place. The whole first line when nothing matches.
 */
export function rangeOfPath(text: string, path: string): { from: number; to: number } {
  const firstLine = { from: 0, to: Math.max(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')) };
  const at = /^line (\d+), column (\d+)/.exec(path);
  if (at) {
    const lines = text.split('\n');
    const line = Math.min(Number(at[1]), lines.length) - 1;
    const start = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
    const from = Math.min(start + Math.max(0, Number(at[2]) - 1), text.length);
    return { from, to: Math.min(text.length, Math.max(from + 1, start + lines[line]!.length)) };
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  let node: unknown = doc.contents;
  let found: [number, number] | null = null;
  for (const key of pathKeys(path)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
      if (!pair) break;
      const keyRange = (pair.key as Node | null)?.range;
      const valueRange = (pair.value as Node | null)?.range;
      if (keyRange) found = [keyRange[0], valueRange?.[1] ?? keyRange[1]];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item?.range) break;
      found = [item.range[0], item.range[1]];
      node = item;
    } else break;
  }
  if (!found) return firstLine;
  // A long block (a whole unit) is marked on its first line only.
  const end = text.indexOf('\n', found[0]);
  return { from: found[0], to: Math.max(found[0] + 1, Math.min(found[1], end === -1 ? text.length : end)) };
}
