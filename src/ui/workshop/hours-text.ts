/**
 * Opening hours in words ("Mon–Fri 09:00–18:00", "always"), from what the file says: a named
 * calendar is spelt out from its definition in the model, a list of spans as written.
 */
import { NAMED_CALENDARS } from '../../model/calendars';
import type { Hours } from '../../scenario/schema-common';

type Translate = (key: string) => string;

function dayRange(days: string, t: Translate): string {
  return days.split(',').map((part) => part.split('-').map((d) => t(`workshop/days/${d}`)).join('–')).join(', ');
}

export function describeHours(hours: Hours, t: Translate): string {
  const spans = typeof hours === 'string' ? NAMED_CALENDARS[hours] : hours;
  if (spans.length === 0) return t('workshop/never');
  if (spans.length === 1 && spans[0]!.days === 'mon-sun' && spans[0]!.from === '00:00' && spans[0]!.to === '24:00') return t('workshop/always');
  return spans.map((s) => `${dayRange(s.days, t)} ${s.from === '00:00' && s.to === '24:00' ? t('workshop/allDay') : `${s.from}–${s.to}`}`).join('; ');
}
