/**
 * Human-readable figures: minutes as "4.2 min" or "3.5 h", shares as percentages, each with its
 * 95% confidence interval, in English or French. Shared by the CLI and the app.
 */
import type { Estimate } from './aggregate';

export type Unit = 'minutes' | 'share' | 'count' | 'money' | 'hours' | 'number';
export type Language = 'en' | 'fr';

const formats = new Map<string, Intl.NumberFormat>();

/** `value` with `digits` decimals in the language's way ("1,234.5" or "1 234,5"). */
export function formatNumber(value: number, digits: number, language: Language = 'en', grouping = true): string {
  const key = `${language}/${digits}/${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping });
    formats.set(key, format);
  }
  return format.format(value);
}

export function formatValue(value: number, unit: Unit, language: Language = 'en'): string {
  if (!Number.isFinite(value)) return '—';
  const n = (v: number, digits: number) => formatNumber(v, digits, language, false);
  const percent = language === 'fr' ? '\u202f%' : '%'; // French puts a narrow space before %
  switch (unit) {
    case 'minutes':
      return formatMinutesAs(value, value, language);
    case 'share':
      return `${n(value * 100, 1)}${percent}`;
    case 'count':
      return Math.abs(value) >= 100 ? formatNumber(Math.round(value), 0, language) : n(value, 1);
    case 'money':
      return formatNumber(Math.round(value), 0, language);
    case 'hours':
      return `${formatNumber(Math.round(value), 0, language)} h`;
    default:
      return n(value, Math.abs(value) < 10 ? 2 : 1);
  }
}

/** `value` minutes in the unit that suits `scale` minutes (days, hours or minutes), with the decimals that suit `value`. */
function formatMinutesAs(value: number, scale: number, language: Language): string {
  const n = (v: number, digits: number) => formatNumber(v, digits, language, false);
  if (Math.abs(scale) >= 2 * 1440) return `${n(value / 1440, 1)} ${language === 'fr' ? 'j' : 'd'}`;
  if (Math.abs(scale) >= 120) return `${n(value / 60, 1)} h`;
  return `${n(value, Math.abs(value) < 10 ? 2 : 1)} min`;
}

const WEEKDAYS = new Map<Language, string[]>();
/** Short weekday names from Monday, asked of Intl once per language (the replay's clock writes one every frame). */
function weekdays(language: Language): string[] {
  let names = WEEKDAYS.get(language);
  if (!names) {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-US', { weekday: 'short', timeZone: 'UTC' });
    names = Array.from({ length: 7 }, (_, d) => format.format(new Date(Date.UTC(2024, 0, 1 + d)))); // 1 January 2024 was a Monday
    WEEKDAYS.set(language, names);
  }
  return names;
}

/** "Tue 14:30" (or "mar. 14:30") for a minute of the simulated weeks, which start on a Monday. */
export function formatWeekMinute(minute: number, language: Language = 'en'): string {
  const day = Math.floor(minute / 1440);
  const weekday = weekdays(language)[day % 7];
  const within = Math.floor(minute - day * 1440);
  const hh = String(Math.floor(within / 60)).padStart(2, '0'), mm = String(within % 60).padStart(2, '0');
  return `${weekday} ${hh}:${mm}`;
}

/** "4.20 min ± 0.31 min" (the ± part omitted for a single replication). */
export function formatEstimate(e: Estimate | undefined, unit: Unit, language: Language = 'en'): string {
  if (!e) return 'n/a';
  const main = formatValue(e.mean, unit, language);
  if (e.n < 2) return main;
  // The interval in the mean's unit: "2.3 h ± 1.2 h", not "2.3 h ± 70.0 min".
  const ci = unit === 'minutes' && Number.isFinite(e.mean) && Number.isFinite(e.ci) ? formatMinutesAs(e.ci, e.mean, language) : formatValue(e.ci, unit, language);
  return `${main} ± ${ci}`;
}
