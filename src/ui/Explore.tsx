/**
 * The levers that matter, as sliders and switches, one control per entry of the levers table.
 * Each change re-runs the comparison: at once, or after a pause when they come in a burst (a drag);
 * the latest run wins and stale ones are cancelled.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { allNeutral, LEVER_NAMES, LEVERS, type LeverName } from '../scenario/levers';
import { leverKey, leverValueText } from './levers-text';

/** A slider's value on its step (0.1 × 3 is 0.30000000000000004; a link should say 0.3). */
const onStep = (v: number, step: number) => Math.round(v / step) / (1 / step);

// A link or --levers may set a value beyond a slider's usual span (volume 10 with a slider to 4):
// the table's range is the one rule, and the slider widens to the value so thumb and words agree.

function LeverControl({ name }: { name: LeverName }) {
  const { t } = useTranslation();
  const value = useApp((s) => s.levers[name]) as unknown;
  const language = useApp((s) => s.language);
  const setLever = useApp((s) => s.setLever) as (name: LeverName, value: unknown) => void;
  const label = t(leverKey(name));
  const colon = t('colon'); // French puts a space before it
  const words = leverValueText(name, value, t, language);
  const control = LEVERS[name].control;
  switch (control.kind) {
    case 'slider':
      return (
        <label className="lever">
          <span>{label}{colon} <output htmlFor={name}>{words}</output></span>
          <input id={name} type="range" min={Math.min(control.min, value as number)} max={Math.max(control.max, value as number)} step={control.step} value={value as number} data-testid={`lever-${name}`}
            onChange={(e) => setLever(name, onStep(Number(e.target.value), control.step))} />
        </label>
      );
    case 'optionalSlider':
      return (
        <label className="lever">
          <span>{label}{colon} <output>{words}</output></span>
          <span className="inline">
            <input type="checkbox" checked={value === null} onChange={(e) => setLever(name, e.target.checked ? null : control.whenSwitchedOn)} /> {t(leverKey('preset'))}
            <input type="range" min={Math.min(control.min, (value as number | null) ?? control.min)} max={Math.max(control.max, (value as number | null) ?? control.max)} step={control.step} disabled={value === null} value={(value as number | null) ?? control.whenSwitchedOn} data-testid={`lever-${name}`}
              onChange={(e) => setLever(name, onStep(Number(e.target.value), control.step))} />
          </span>
        </label>
      );
    case 'choice':
      return (
        <label className="lever">
          <span>{label}</span>
          <select value={value as string} data-testid={`lever-${name}`} onChange={(e) => setLever(name, e.target.value)}>
            {control.options.map((o) => <option key={o.value} value={o.value}>{t(leverKey(o.label))}</option>)}
          </select>
        </label>
      );
    case 'switch':
      return (
        <label className="lever check">
          <input type="checkbox" checked={value === true} data-testid={`lever-${name}`} onChange={(e) => setLever(name, e.target.checked)} /> {label}
        </label>
      );
  }
}

/** Memoised: it reads its own slices of the store, and the page re-renders on every result. */
export const Explore = memo(function Explore() {
  const { t } = useTranslation();
  const neutral = useApp((s) => allNeutral(s.levers));
  const resetLevers = useApp((s) => s.resetLevers);
  return (
    <section className="explore" aria-label={t('explore')}>
      <h2>{t('explore')}</h2>
      <div className="levers">
        {LEVER_NAMES.map((name) => <LeverControl key={name} name={name} />)}
      </div>
      <button type="button" disabled={neutral} onClick={resetLevers}>{t('reset')}</button>
    </section>
  );
});
