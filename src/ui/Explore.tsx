/**
 * The levers that matter, as sliders and switches. Each change re-runs the comparison:
 * at once, or after a pause when they come in a burst (a drag); the latest run wins and stale ones
 * are cancelled.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { NEUTRAL_LEVERS } from '../scenario/levers';
import { formatPercent } from '../charts/words';
import { formatTimes } from './levers-text';

function Slider({ id, label, min, max, step, value, onChange, format }: {
  id: string; label: string; min: number; max: number; step: number; value: number; onChange: (v: number) => void; format: (v: number) => string;
}) {
  const colon = useTranslation().t('colon'); // French puts a space before it
  return (
    <label className="lever">
      <span>{label}{colon} <output htmlFor={id}>{format(value)}</output></span>
      <input id={id} type="range" min={min} max={max} step={step} value={value} data-testid={`lever-${id}`} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

function Choice<T extends string>({ id, label, value, options, onChange }: {
  id: string; label: string; value: T; options: [T, string][]; onChange: (v: T) => void;
}) {
  return (
    <label className="lever">
      <span>{label}</span>
      <select value={value} data-testid={`lever-${id}`} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

/** Memoised: it reads its own slices of the store, and the page re-renders on every result. */
export const Explore = memo(function Explore() {
  const { t } = useTranslation();
  const levers = useApp((s) => s.levers);
  const setLever = useApp((s) => s.setLever);
  const resetLevers = useApp((s) => s.resetLevers);
  const language = useApp((s) => s.language);
  const times = (v: number) => formatTimes(v, language);
  const neutral = JSON.stringify(levers) === JSON.stringify(NEUTRAL_LEVERS);
  return (
    <section className="explore" aria-label={t('explore')}>
      <h2>{t('explore')}</h2>
      <div className="levers">
        <Slider id="volume" label={t('lever/volume')} min={0.25} max={4} step={0.25} value={levers.volume} onChange={(v) => setLever('volume', v)} format={times} />
        <Slider id="cmHeadcount" label={t('lever/cmHeadcount')} min={0} max={3} step={0.25} value={levers.cmHeadcount} onChange={(v) => setLever('cmHeadcount', v)} format={times} />
        <label className="lever">
          <span>{t('lever/cmAutonomy')}{t('colon')} <output>{levers.cmAutonomy === null ? t('lever/preset') : formatPercent(levers.cmAutonomy, language)}</output></span>
          <span className="inline">
            <input type="checkbox" checked={levers.cmAutonomy === null} onChange={(e) => setLever('cmAutonomy', e.target.checked ? null : 0.5)} /> {t('lever/preset')}
            <input type="range" min={0} max={1} step={0.05} disabled={levers.cmAutonomy === null} value={levers.cmAutonomy ?? 0.5} data-testid="lever-cmAutonomy" onChange={(e) => setLever('cmAutonomy', Number(e.target.value))} />
          </span>
        </label>
        <Choice id="commitment" label={t('lever/commitment')} value={levers.commitment} onChange={(v) => setLever('commitment', v)}
          options={[['preset', t('lever/preset')], ['committed', t('lever/committed')], ['optional', t('lever/optional')]]} />
        <Slider id="participation" label={t('lever/participation')} min={0} max={1.5} step={0.1} value={levers.participation} onChange={(v) => setLever('participation', Math.round(v * 10) / 10)} format={times} />
        <label className="lever check">
          <input type="checkbox" checked={levers.animation} data-testid="lever-animation" onChange={(e) => setLever('animation', e.target.checked)} /> {t('lever/animation')}
        </label>
        <Choice id="hours" label={t('lever/hours')} value={levers.hours} onChange={(v) => setLever('hours', v)}
          options={[['preset', t('lever/preset')], ['office', t('lever/office')], ['24/7', t('lever/always')]]} />
        <label className="lever check">
          <input type="checkbox" checked={levers.crisis} data-testid="lever-crisis" onChange={(e) => setLever('crisis', e.target.checked)} /> {t('lever/crisis')}
        </label>
      </div>
      <button type="button" disabled={neutral} onClick={resetLevers}>{t('reset')}</button>
    </section>
  );
});
