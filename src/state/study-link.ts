/**
 * A fair-comparison study as written in the link: "size;target:sla:0.8;hours:preset" or
 * "sweep;target:sla:0.8;volume:0.25:4:9;reps:5;hours:preset". With the company, organisations and
 * seed of the link, it reproduces the same numbers. Pure.
 */
import { LEVERS, type Levers } from '../scenario/levers';
import { readTargets } from '../study/target';
import { readVolumes } from '../study/sweep';

export interface StudyLink {
  view: 'size' | 'sweep';
  target: string;
  /** "from:to:points" (sweeps). */
  volume: string;
  /** Replications per volume point (sweeps) and of the equal-budget runs (sizing). */
  replications: number;
  hours: Levers['hours'];
}

export const DEFAULT_STUDY: StudyLink = { view: 'size', target: 'sla:0.8', volume: '0.25:4:9', replications: 5, hours: 'preset' };
export const STUDY_REPLICATIONS = { min: 2, max: 50 };

export function readStudyLink(raw: string): StudyLink | undefined {
  const [view, ...parts] = raw.split(';');
  if (view !== 'size' && view !== 'sweep') return undefined;
  const link: StudyLink = { ...DEFAULT_STUDY, view };
  for (const part of parts) {
    const at = part.indexOf(':');
    const name = part.slice(0, at), value = part.slice(at + 1);
    if (name === 'target' && readTargets(value).problems.length === 0) link.target = value;
    else if (name === 'volume' && typeof readVolumes(value) !== 'string') link.volume = value;
    else if (name === 'reps' && /^\d+$/.test(value) && Number(value) >= STUDY_REPLICATIONS.min && Number(value) <= STUDY_REPLICATIONS.max) link.replications = Number(value);
    else if (name === 'hours' && LEVERS.hours.read(value) !== undefined) link.hours = LEVERS.hours.read(value)!;
    else return undefined;
  }
  return link;
}

export function writeStudyLink(link: StudyLink): string {
  return [link.view, `target:${link.target}`, ...(link.view === 'sweep' ? [`volume:${link.volume}`] : []), `reps:${link.replications}`, `hours:${link.hours}`].join(';');
}
