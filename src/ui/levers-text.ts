/**
 * Lever values in words of the chosen language ("Inbound volume (× today, same staff): ×2; Crisis
 * (bad-buzz episode): on"), for the Explore panel, the stale notice and the printed report. The
 * words follow from each lever's control in the levers table; the link keeps the exact form
 * (writeLevers).
 */
import { formatPercent } from '../charts/words';
import { formatNumber, type Language } from '../metrics/format';
import { LEVERS, movedLevers, type LeverName, type Levers } from '../scenario/levers';

type Translate = (key: string) => string;

/** A multiplier lever's value: "×2", "×1.25" ("×1,25" in French). */
export const formatTimes = (v: number, language: Language) => `×${formatNumber(v, v % 1 === 0 ? 0 : 2, language)}`;

/** The i18next key of a lever's label (or of one of its values' words). */
export const leverKey = (word: string) => `lever/${word}`;

/** One lever's value in words. */
export function leverValueText(name: LeverName, value: unknown, t: Translate, language: Language): string {
  const control = LEVERS[name].control;
  const number = (v: number, format: 'times' | 'percent') => (format === 'times' ? formatTimes(v, language) : formatPercent(v, language));
  switch (control.kind) {
    case 'slider': return number(value as number, control.format);
    case 'optionalSlider': return value === null ? t(leverKey('preset')) : number(value as number, control.format);
    case 'choice': return t(leverKey(control.options.find((o) => o.value === value)?.label ?? String(value)));
    case 'switch': return t(leverKey(value === true ? 'on' : 'off'));
  }
}

export function describeLevers(levers: Levers, t: Translate, language: Language): string {
  return movedLevers(levers)
    .map((k) => `${t(leverKey(k))}${t('colon')} ${leverValueText(k, levers[k], t, language)}`)
    .join(language === 'fr' ? ' ; ' : '; '); // French spaces its semicolons
}
