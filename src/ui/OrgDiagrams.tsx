/**
 * One org diagram per organisation, replaying a few days of its first replication on a shared
 * clock: the same simulated minute in every diagram, at a speed the user picks.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawDiagram, drawDots, DOT_COLOURS, layoutDiagram, type DiagramLayout } from '../charts/org-diagram';
import { DotState, frameAt, MOVE_SECONDS, ReplayClock } from '../charts/replay';
import type { Replay } from '../metrics/replay';
import { useApp } from '../state/store';
import { Figure } from './Figure';
import { ChartGroup } from './workshop/ChartGroup';
import { organisationColour } from './workshop/organisation-groups';
import { partName, presetName, unitLabel, unitName } from './names';
import { formatNumber, formatWeekMinute } from '../metrics/format';

/** Simulated minutes per second of replay. */
const SPEEDS = [15, 60, 180, 480];
const DEFAULT_SPEED = 180;

type Renderer = (minute: number) => void;

/** What the replay comes to: totals for the summary, and per unit for the table (all × stride). */
function tally(replay: Replay) {
  const frame = frameAt(replay, replay.end, 0);
  const reached = replay.units.map(() => 0), waiting = replay.units.map(() => 0);
  for (const m of replay.messages) {
    for (let k = 0; k < m.steps.length; k += 3) if (m.steps[k + 1]! >= replay.start && m.steps[k + 1]! < replay.end) reached[m.steps[k + 2]!]! += replay.stride;
  }
  for (const d of frame.dots) if (d.state === DotState.Waiting && d.to >= 0) waiting[d.to]! += replay.stride;
  const largest = waiting.reduce((best, w, u) => (w > (waiting[best] ?? 0) ? u : best), 0);
  return {
    arrived: replay.messages.filter((m) => m.arrival >= replay.start).length * replay.stride,
    answered: frame.answered * replay.stride,
    lost: frame.lost * replay.stride,
    waitingTotal: frame.dots.filter((d) => d.state === DotState.Waiting).length * replay.stride,
    reached,
    waiting,
    largest: waiting[largest]! > 0 ? largest : -1,
  };
}

function Diagram({ organisation, company, replay, maxHeadcount, renderers, clock, onScreen }: {
  organisation: string;
  company: string;
  replay: Replay;
  maxHeadcount: number;
  /** Where the frame loop finds each diagram's painter. */
  renderers: Map<string, Renderer>;
  clock: ReplayClock;
  /** Whether the diagrams are on screen: off screen, the dots wait for the next frame that shows them. */
  onScreen: () => boolean;
}) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const layout = useMemo<DiagramLayout>(() => layoutDiagram(replay, 440, maxHeadcount), [replay, maxHeadcount]);
  const sums = useMemo(() => tally(replay), [replay]);
  const nameOf = (id: string) => unitName(organisation, id, language);
  const nameAt = (u: number) => nameOf(replay.units[u]!.id);
  const n = (v: number) => formatNumber(v, 0, language);
  useEffect(() => () => { renderers.delete(organisation); }, [renderers, organisation]);
  const label = t('diagramSummary', {
    arrived: n(sums.arrived), answered: n(sums.answered), lost: n(sums.lost), waiting: n(sums.waitingTotal),
    largest: sums.largest >= 0 ? t('diagramLargest', { unit: nameAt(sums.largest), count: n(sums.waiting[sums.largest]!) }) : '',
  });
  return (
    <Figure
      title={presetName('organisation', organisation, language)}
      colour={organisationColour(organisation)}
      label={label}
      exportName="diagram"
      overlay
      deps={[layout, language]}
      table={() => ({
        head: [t('unit'), t('people'), t('reachedInReplay'), t('waitingAtEnd')],
        rows: replay.units.map((u, i) => [nameAt(i), formatNumber(u.headcount, 1, language), n(sums.reached[i]!), n(sums.waiting[i]!)]),
      })}
      draw={(svg) => {
        if (!svg.isConnected) return; // drawn after its diagram left the page
        drawDiagram(svg, replay, layout, language, (id) => partName(company, 'channels', id, language), nameOf, (id) => unitLabel(organisation, id, language));
        const render = (minute: number) => drawDots(svg, replay, layout, frameAt(replay, minute, MOVE_SECONDS * clock.speed));
        renderers.set(organisation, render);
        if (onScreen()) render(clock.minute());
      }}
    />
  );
}

export function OrgDiagrams({ company, ids, replays }: { company: string; ids: string[]; replays: (Replay | null)[] }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const shown = ids.flatMap((id, i) => (replays[i] ? [{ id, replay: replays[i]! }] : []));
  const first = shown[0]?.replay;
  const maxHeadcount = Math.max(1, ...shown.flatMap((s) => s.replay.units.map((u) => u.headcount)));
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  // Read once (a media query costs a style update): people who asked for less motion start paused.
  const [playing, setPlaying] = useState(() => !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches));
  // A new window (another company, a crisis) gets a new clock, at the speed the user chose.
  const clock = useMemo(() => (first ? new ReplayClock(first.start, first.end, speed) : null), [first?.start, first?.end]); // eslint-disable-line react-hooks/exhaustive-deps -- speed changes go through clock.setSpeed
  const renderers = useRef(new Map<string, Renderer>());
  const slider = useRef<HTMLInputElement>(null);
  const time = useRef<HTMLSpanElement>(null);
  const section = useRef<HTMLElement>(null);
  const visible = useRef(true);
  const onScreen = () => visible.current;
  const hasReplay = first !== undefined;

  /** Paints the minute: the dots of every diagram, the slider and the clock. Effects call the latest one. */
  const show = useRef((_: number) => {});
  show.current = (minute: number) => {
    if (!visible.current) return;
    for (const render of renderers.current.values()) render(minute);
    const label = formatWeekMinute(minute, language);
    if (slider.current) {
      slider.current.value = String(Math.round(minute));
      slider.current.setAttribute('aria-valuetext', label);
    }
    if (time.current) time.current.textContent = label;
  };

  // Frames are drawn only while the diagrams are on screen; the clock runs on regardless.
  const [onScreenNow, setOnScreenNow] = useState(true);
  useEffect(() => {
    if (!section.current || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      visible.current = entries.at(-1)?.isIntersecting ?? true; // the latest, when a busy page gets several
      setOnScreenNow(visible.current);
    });
    observer.observe(section.current);
    return () => observer.disconnect();
  }, [clock, hasReplay]);

  // The frame loop, while playing on screen: each frame reads the clock; it never advances
  // simulated time itself, so a loop stopped off screen resumes at the right minute.
  useEffect(() => {
    if (!clock) return;
    if (!playing) { clock.pause(); show.current(clock.minute()); return; }
    clock.play();
    show.current(clock.minute());
    if (!onScreenNow) return;
    let frame = 0;
    const tick = () => {
      show.current(clock.minute());
      if (clock.playing) frame = requestAnimationFrame(tick);
      else setPlaying(false);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [clock, playing, language, onScreenNow]);

  if (!first || !clock) return null;
  const move = (minute: number) => { clock.seek(minute); show.current(minute); };
  const legend: [DotState, string][] = [
    [DotState.Moving, t('dotMoving')], [DotState.Waiting, t('dotWaiting')], [DotState.Answered, t('dotAnswered')],
    [DotState.Dropped, t('dotDropped')], [DotState.Abandoned, t('dotAbandoned')],
  ];
  return (
    <section ref={section}>
      <h2>{t('diagramTitle')}</h2>
      <p className="legend">
        {t('diagramLegend', { days: Math.round((first.end - first.start) / 1440), count: first.stride })}{' '}
        {legend.map(([state, name]) => <span key={state}><span aria-hidden="true" style={{ color: DOT_COLOURS[state] }}>●</span> {name} </span>)}
      </p>
      <div className="replay-controls" data-testid="replay-controls">
        <button type="button" data-testid="replay-play" onClick={() => setPlaying(!playing)}>{playing ? t('pause') : t('play')}</button>
        <label>
          {t('speed')}{' '}
          <select data-testid="replay-speed" value={speed} onChange={(e) => { const v = Number(e.target.value); clock.setSpeed(v); setSpeed(v); }}>
            {SPEEDS.map((s) => <option key={s} value={s}>{t('speedOption', { value: s < 60 ? `${s} min` : `${s / 60} h` })}</option>)}
          </select>
        </label>
        <input ref={slider} type="range" data-testid="replay-time" aria-label={t('replayTime')} min={first.start} max={first.end} step={5}
          defaultValue={first.start} onChange={(e) => move(Number(e.target.value))} />
        <span ref={time} className="replay-clock" data-testid="replay-clock" aria-live="off">{formatWeekMinute(clock.minute(), language)}</span>
        <span className="muted">{t('diagramCount', { count: first.stride })}</span>
      </div>
      <ChartGroup chart={t('diagramTitle')} exportName="diagram" testId="diagrams" legend={() => [
          { text: t('diagramLegend', { days: Math.round((first.end - first.start) / 1440), count: first.stride }) },
          ...legend.map(([state, name]) => ({ colour: DOT_COLOURS[state], text: name })),
          { text: t('workshop/replayMoment', { time: formatWeekMinute(clock.minute(), language) }) },
        ]}>
        {shown.map(({ id, replay }) => (
          <Diagram key={id} organisation={id} company={company} replay={replay} maxHeadcount={maxHeadcount} renderers={renderers.current} clock={clock} onScreen={onScreen} />
        ))}
      </ChartGroup>
    </section>
  );
}
