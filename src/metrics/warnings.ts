/**
 * What a reader must know before trusting an organisation's figures: units whose backlog still
 * grows over the measured period (no steady state: the figures depend on the horizon), and live
 * lines that ring while nobody is on duty (the figures then measure opening hours, not the design).
 *
 * Owns: turning a summary into warnings and wording them in English and French. Pure; the CLI and
 * the app print the same list.
 */
import type { Summary } from './aggregate';
import { formatValue, type Language } from './format';
import { UNSTABLE_SHARE } from './stability';

export type Warning =
  | { kind: 'unstable'; unit: string; share: number }
  | { kind: 'unstaffedLine'; channel: string; share: number };

/** Share of a line's calls ringing to nobody below which it is not worth a warning. */
const UNSTAFFED_TOLERANCE = 0.005;

export function warningsOf(summary: Summary): Warning[] {
  const out: Warning[] = [];
  for (const [key, e] of Object.entries(summary.metrics)) {
    const unit = /^unit\.(.+)\.unstable$/.exec(key);
    if (unit && e.mean >= UNSTABLE_SHARE) out.push({ kind: 'unstable', unit: unit[1]!, share: e.mean });
    const line = /^channel\.(.+)\.unstaffedShare$/.exec(key);
    if (line && e.mean > UNSTAFFED_TOLERANCE) out.push({ kind: 'unstaffedLine', channel: line[1]!, share: e.mean });
  }
  return out;
}

export function warningText(w: Warning, language: Language = 'en'): string {
  const fr = language === 'fr';
  const pct = (x: number) => formatValue(x, 'share', language);
  switch (w.kind) {
    case 'unstable':
      return fr
        ? `unité « ${w.unit} » instable : son stock de messages croît encore sur la période mesurée (${pct(w.share)} des répétitions) ; ses chiffres dépendent de la durée simulée`
        : `unit "${w.unit}" is unstable: its backlog still grows over the measured period (${pct(w.share)} of replications); its figures depend on the horizon`;
    case 'unstaffedLine':
      return fr
        ? `ligne « ${w.channel} » ouverte sans personne de service : ${pct(w.share)} des appels sonnent dans le vide`
        : `line "${w.channel}" is open with nobody on duty: ${pct(w.share)} of its calls ring to nobody`;
  }
}
