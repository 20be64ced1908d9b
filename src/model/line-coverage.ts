/**
 * Live lines open with nobody on duty: a call that rings while its entry unit is off duty can only
 * be abandoned, so an organisation's phone figures would measure its opening hours, not its design.
 *
 * Owns: the check, from the compiled model alone (no run needed), so the loader's users, the
 * metrics and the tests share one definition.
 */
import { HOURS_PER_WEEK, MINUTES_PER_HOUR } from '../engine/calendar';
import { NONE, type CompiledModel } from './compiled';

/** Points checked in each hour of the week. */
const STEPS = 4;

/**
 * For each live channel, the share of its expected calls that arrive while the unit they would
 * reach is off duty (or no unit watches the channel). 0 when every open hour is staffed.
 */
export function unstaffedLineShares(model: CompiledModel): { channel: string; share: number }[] {
  const out: { channel: string; share: number }[] = [];
  model.channels.forEach((channel, c) => {
    if (!channel.live) return;
    const entries = [...new Set(model.entry[c]!)];
    let total = 0, unstaffed = 0;
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      let rate = 0;
      for (const s of model.streams) if (s.channel === c) rate += s.rate.perMinute[h]!;
      if (rate <= 0) continue;
      for (let k = 0; k < STEPS; k++) {
        const t = h * MINUTES_PER_HOUR + ((k + 0.5) * MINUTES_PER_HOUR) / STEPS;
        if (!channel.calendar.isOpen(t)) continue;
        total += rate;
        // A topic whose entry unit is off duty (or missing) leaves that share of callers unserved.
        const off = entries.filter((u) => u === NONE || !model.units[u]!.calendar.isOpen(t)).length;
        unstaffed += (rate * off) / entries.length;
      }
    }
    out.push({ channel: channel.id, share: total > 0 ? unstaffed / total : 0 });
  });
  return out;
}
