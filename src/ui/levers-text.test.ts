import { describe, expect, it } from 'vitest';
import { NEUTRAL_LEVERS } from '../scenario/levers';
import { describeLevers } from './levers-text';
import { en } from './locales/en';
import { fr } from './locales/fr';

/** The locale's words by i18next key ("lever/volume"), as the app's t() finds them. */
const translator = (words: Record<string, unknown>) => (key: string) =>
  key.split('/').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], words) as string;

describe('levers in words', () => {
  const moved = { ...NEUTRAL_LEVERS, volume: 2, cmAutonomy: 0.5, commitment: 'committed' as const, crisis: true };

  it('names each moved lever with its value, in English', () => {
    expect(describeLevers(moved, translator(en), 'en')).toBe(
      'Inbound volume (× today, same staff): ×2; CM autonomy: 50%; Referrals: all committed (support); Crisis (bad-buzz episode): on');
  });

  it('writes them the French way', () => {
    expect(describeLevers({ ...NEUTRAL_LEVERS, volume: 1.25, animation: false }, translator(fr), 'fr')).toBe(
      'Volume entrant (× aujourd’hui, effectifs inchangés)\u00a0: ×1,25 ; Animation de la communauté d’experts\u00a0: désactivée');
  });

  it('says nothing of neutral levers', () => {
    expect(describeLevers(NEUTRAL_LEVERS, translator(en), 'en')).toBe('');
  });
});
