/**
 * The levers moved away from neutral, in words of the chosen language ("Inbound volume (× today,
 * same staff): ×2; Crisis (bad-buzz episode): on"), for the stale notice and the printed report.
 * The link keeps the exact form (writeLevers).
 */
import { formatPercent } from '../charts/words';
import { formatNumber, type Language } from '../metrics/format';
import { NEUTRAL_LEVERS, type Levers } from '../scenario/levers';

type Translate = (key: string) => string;

/** A multiplier lever's value: "×2", "×1.25" ("×1,25" in French). */
export const formatTimes = (v: number, language: Language) => `×${formatNumber(v, v % 1 === 0 ? 0 : 2, language)}`;

export function describeLevers(levers: Levers, t: Translate, language: Language): string {
  const times = (v: number) => formatTimes(v, language);
  const words: { [K in keyof Levers]: (v: Levers[K]) => string } = {
    volume: times,
    cmHeadcount: times,
    cmAutonomy: (v) => (v === null ? t('lever/preset') : formatPercent(v, language)),
    commitment: (v) => t(`lever/${v}`),
    participation: times,
    animation: (v) => t(v ? 'lever/on' : 'lever/off'),
    hours: (v) => t(v === '24/7' ? 'lever/always' : `lever/${v}`),
    crisis: (v) => t(v ? 'lever/on' : 'lever/off'),
  };
  return (Object.keys(words) as (keyof Levers)[])
    .filter((k) => levers[k] !== NEUTRAL_LEVERS[k])
    .map((k) => `${t(`lever/${k}`)}${t('colon')} ${(words[k] as (v: unknown) => string)(levers[k])}`)
    .join(language === 'fr' ? ' ; ' : '; '); // French spaces its semicolons
}
