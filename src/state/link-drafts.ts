/**
 * Drafts carried by a link: the custom company and organisations a comparison uses travel in the
 * URL, compressed (lz-string), so the person who opens it runs the same files. A link has a
 * length limit in practice (chat tools, e-mail, some servers): past MAX_LINK the drafts stay out
 * and the app offers their files instead. What a link carries is untrusted text, checked like an
 * imported file; nothing in it is executed.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { DraftFile, DraftKind } from '../scenario/drafts';
import { LIMITS } from '../scenario/limits';

export const DRAFTS_PARAM = 'drafts';
/** Longest link the app writes (characters): longer ones break in mail clients and chat tools. */
export const MAX_LINK = 8_000;
/** Longest drafts parameter read: bounds the work and memory of decompressing a hostile link. */
const MAX_READ = 16_000;
const MAX_DRAFTS = 13;

export function encodeDrafts(files: readonly DraftFile[]): string {
  return compressToEncodedURIComponent(JSON.stringify(files.map((f) => ({ k: f.kind, t: f.text }))));
}

export type LinkedDrafts = { ok: true; drafts: { kind: DraftKind; text: string }[] } | { ok: false; problem: string; problemFr: string };

const CORRUPT = {
  problem: 'the custom company or organisations in the link could not be read (the link is cut or damaged): your own drafts and the last good settings were kept',
  problemFr: 'l’entreprise ou les organisations personnalisées du lien n’ont pas pu être lues (le lien est coupé ou abîmé) : vos brouillons et les derniers réglages valides ont été gardés',
};

/** Reads the drafts parameter of a link. */
export function decodeDrafts(raw: string): LinkedDrafts {
  if (raw.length > MAX_READ) {
    return {
      ok: false,
      problem: `the drafts in the link are ${raw.length} characters long, more than the ${MAX_READ} a link may carry: ask for the file instead`,
      problemFr: `les brouillons du lien font ${raw.length} caractères, plus que les ${MAX_READ} qu’un lien peut porter : demandez plutôt le fichier`,
    };
  }
  let data: unknown;
  try {
    const json = decompressFromEncodedURIComponent(raw);
    if (!json || json.length > LIMITS.fileBytes * MAX_DRAFTS) return { ok: false, ...CORRUPT };
    data = JSON.parse(json);
  } catch {
    return { ok: false, ...CORRUPT };
  }
  if (!Array.isArray(data) || data.length === 0 || data.length > MAX_DRAFTS) return { ok: false, ...CORRUPT };
  const drafts: { kind: DraftKind; text: string }[] = [];
  for (const item of data) {
    if (item === null || typeof item !== 'object') return { ok: false, ...CORRUPT };
    const { k, t } = item as { k?: unknown; t?: unknown };
    if ((k !== 'company' && k !== 'organisation') || typeof t !== 'string' || t.length > LIMITS.fileBytes) return { ok: false, ...CORRUPT };
    drafts.push({ kind: k, text: t });
  }
  return { ok: true, drafts };
}

/** The hash with the drafts appended, or the hash alone when they would make the link too long. */
export function hashWithDrafts(hash: string, files: readonly DraftFile[], base: string): { hash: string; tooLong: boolean } {
  if (files.length === 0) return { hash, tooLong: false };
  const full = `${hash}&${DRAFTS_PARAM}=${encodeDrafts(files)}`;
  return base.length + full.length > MAX_LINK ? { hash, tooLong: true } : { hash: full, tooLong: false };
}

/** The drafts parameter of a hash, or null. */
export function draftsParam(hash: string): string | null {
  // lz-string's alphabet has "+", which URLSearchParams reads as a space.
  return new URLSearchParams(hash.replace(/^#/, '')).get(DRAFTS_PARAM)?.replace(/ /g, '+') ?? null;
}
