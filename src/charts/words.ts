/**
 * The few words charts write inside themselves (hover texts, axis ticks), in English and French.
 * Charts take the language as an option and stay free of the app's translation library.
 */
import { formatNumber, type Language } from '../metrics/format';

export type { Language };

/** An id as a short label on a chart: "pool_product" → "pool product". */
export const idLabel = (id: string) => id.replace(/_/g, ' ');

export const WORDS = {
  en: { within: 'within', day: 'd', message: 'message', messages: 'messages', dailyMeans: 'daily means', fte: 'full-time equivalents', committed: 'committed referral', optional: 'optional referral', peakBacklog: 'peak backlog' },
  fr: { within: 'en moins de', day: 'j', message: 'message', messages: 'messages', dailyMeans: 'moyennes par jour', fte: 'équivalents temps plein', committed: 'renvoi engagé', optional: 'renvoi facultatif', peakBacklog: 'pic d’attente' },
} satisfies Record<Language, Record<string, string>>;

/** "45 s", "12 min", "3.5 h", "2.1 d" — rounded for axes and hover texts. */
export function formatMinutes(m: number, language: Language = 'en'): string {
  if (m < 1) return `${Math.round(m * 60)} s`;
  if (m < 120) return `${Math.round(m)} min`;
  if (m < 2880) return `${formatNumber(m / 60, m < 600 ? 1 : 0, language)} h`;
  return `${formatNumber(m / 1440, 1, language)} ${WORDS[language].day}`;
}

/** "42%" or "42 %". */
export function formatPercent(share: number, language: Language = 'en'): string {
  return `${Math.round(share * 100)}${language === 'fr' ? '\u202f%' : '%'}`;
}
