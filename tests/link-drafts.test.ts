/** Drafts carried by a link: read back as written, refused with a message when damaged or too long. */
import { describe, expect, it } from 'vitest';
import { decodeDrafts, draftsParam, encodeDrafts, hashWithDrafts, MAX_LINK } from '../src/state/link-drafts';
import { BLANK } from '../src/scenario/draft-text';

const file = { kind: 'organisation' as const, id: 'my-organisation', file: 'my-organisation.yaml', text: BLANK.organisation };

describe('a link with drafts', () => {
  it('gives back the drafts it carries', () => {
    const { hash, tooLong } = hashWithDrafts('#company=sme&orgs=my-organisation', [file], 'http://localhost/');
    expect(tooLong).toBe(false);
    const raw = draftsParam(hash);
    expect(decodeDrafts(raw!)).toEqual({ ok: true, drafts: [{ kind: 'organisation', text: BLANK.organisation }] });
  });

  it('leaves drafts out, and says so, when the link would be too long', () => {
    const big = { ...file, text: BLANK.organisation + Array.from({ length: 3000 }, (_, i) => `# ${i * 7919}\n`).join('') };
    const { hash, tooLong } = hashWithDrafts('#company=sme', [big], 'http://localhost/');
    expect(tooLong).toBe(true);
    expect(hash).toBe('#company=sme');
    expect(encodeDrafts([big]).length).toBeGreaterThan(MAX_LINK);
  });

  it('that is damaged gets a message, not an exception', () => {
    const raw = encodeDrafts([file]);
    for (const broken of [raw.slice(0, raw.length / 2), 'not-lz', '', encodeDrafts([]), 'x'.repeat(20_000)]) {
      const read = decodeDrafts(broken);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem).toMatch(/link/);
    }
  });
});
