/**
 * An organisation's warnings (unstable units, lines open with nobody on duty), shown next to its
 * results so no figure is read without them. The words come from the metrics, as in the CLI.
 */
import type { ScenarioResult } from '../metrics/run-scenario';
import { warningText, warningsOf } from '../metrics/warnings';
import { useApp } from '../state/store';
import { presetName } from './names';

/** The warnings of each organisation that has any, one list per organisation; nothing when none. */
export function Warnings({ results, named = true }: { results: readonly ScenarioResult[]; named?: boolean }) {
  const language = useApp((s) => s.language);
  const withWarnings = results.map((r) => ({ r, warnings: warningsOf(r.summary) })).filter((x) => x.warnings.length > 0);
  if (withWarnings.length === 0) return null;
  return (
    <div className="warnings" data-testid="warnings">
      {withWarnings.map(({ r, warnings }) => (
        <div key={r.organisation}>
          {named && <strong>{presetName('organisation', r.organisation, language)}</strong>}
          <ul>{warnings.map((w, i) => <li key={i}>⚠ {warningText(w, language)}</li>)}</ul>
        </div>
      ))}
    </div>
  );
}
