/**
 * The whole link: the shared settings (url-state.ts) plus the drafts they use (link-drafts.ts).
 * Reading a link adds its drafts to the user's; writing one carries the drafts in use when they fit.
 */
import { create } from 'zustand';
import { declaredId, type DraftKind } from '../scenario/drafts';
import { PRESETS } from '../scenario/presets';
import { checkDrafts, draftsUsed, useDrafts } from './drafts';
import { decodeDrafts, draftsParam, hashWithDrafts } from './link-drafts';
import { readHash, writeHash, type LinkProblem, type SharedState } from './url-state';

/** Whether the last link written had to leave the drafts out (too long): the editor offers the files. */
export const useLinkNotice = create<{ tooLong: boolean }>(() => ({ tooLong: false }));

/**
 * Adds a link's drafts to the user's. A draft of the same kind and id with other text takes the
 * link's text as an edit, so Undo brings the user's back; the message says so.
 */
function mergeLinked(linked: { kind: DraftKind; text: string }[]): LinkProblem[] {
  const notes: LinkProblem[] = [];
  for (const { kind, text } of linked) {
    const id = declaredId(text);
    const same = id ? useDrafts.getState().drafts.find((d) => d.kind === kind && declaredId(d.text) === id) : undefined;
    if (same?.text === text) continue;
    if (same) {
      useDrafts.getState().edit(same.key, text);
      notes.push({
        en: `the link's version of your ${kind} "${id}" replaced your draft of it: Undo in the editor brings yours back`,
        fr: `la version du lien de votre ${kind === 'company' ? 'entreprise' : 'organisation'} « ${id} » a remplacé votre brouillon : Annuler dans l’éditeur rend le vôtre`,
      });
    } else {
      useDrafts.getState().add(kind, text);
    }
  }
  return notes;
}

export function readLink(hash: string): { values: Partial<SharedState>; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const raw = draftsParam(hash);
  if (raw !== null) {
    const decoded = decodeDrafts(raw);
    if (decoded.ok) problems.push(...mergeLinked(decoded.drafts));
    else problems.push({ en: decoded.problem, fr: decoded.problemFr });
  }
  const drafts = useDrafts.getState().drafts;
  const ids = (kind: DraftKind) => [...PRESETS.filter((p) => p.kind === kind).map((p) => p.id), ...drafts.filter((d) => d.kind === kind).map((d) => declaredId(d.text)).filter(Boolean)];
  const read = readHash(hash, { companies: ids('company'), organisations: ids('organisation') });
  return { values: read.values, problems: [...problems, ...read.problems] };
}

/** The link's hash for `state`, with the drafts it uses when the link stays short enough. */
export function writeLink(state: SharedState): { hash: string; tooLong: boolean } {
  const { runnable } = checkDrafts(useDrafts.getState().drafts, state.companyId);
  const base = typeof window === 'undefined' ? '' : window.location.href.split('#')[0]!;
  return hashWithDrafts(writeHash(state), draftsUsed(runnable, state.companyId, state.organisationIds), base);
}
