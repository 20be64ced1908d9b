/**
 * A company in the client's terms: messages a day by channel, opening hours and the response time
 * customers expect. The file stores publics × channels × contact rates; this module reads daily
 * volumes from them and writes new ones back, changing only those fields (comments, intents,
 * topics and every other field stay as written).
 *
 * Writing volumes: each public keeps its share of each channel's messages, so a channel's new
 * volume D and old volume d scale every public's flow on it by D / d; each public's contact rate
 * and channel mix follow from its new flows. A channel that had no messages gets them from the
 * public that writes most.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { CompanyFile } from './schema-company';
import type { Hours } from './schema-common';

export interface ChannelVolume {
  id: string;
  /** First contacts a day (30-day month). */
  perDay: number;
  hours: Hours;
  expectedResponseMinutes: number;
}

const DAYS_PER_MONTH = 30;

/** Flows (messages a day) of each public on each channel. */
function flows(company: CompanyFile): number[][] {
  return company.publics.map((p) => {
    const weights = company.channels.map((c) => (Object.hasOwn(p.channels, c.id) ? p.channels[c.id]! : 0));
    const total = weights.reduce((a, b) => a + b, 0);
    const perDay = (p.size * p.contactsPerMonth) / DAYS_PER_MONTH;
    return weights.map((w) => (total > 0 ? (perDay * w) / total : 0));
  });
}

export function dailyVolumes(company: CompanyFile): ChannelVolume[] {
  const f = flows(company);
  return company.channels.map((c, j) => ({
    id: c.id,
    perDay: f.reduce((sum, row) => sum + row[j]!, 0),
    hours: c.hours,
    expectedResponseMinutes: c.expectedResponseMinutes,
  }));
}

/** Significant digits kept in written rates: enough that volumes come back to within 1e-6. */
const round = (x: number) => Number(x.toPrecision(9));

/** The company's text with new daily volumes, hours and expected response times per channel. */
export function withDailyVolumes(text: string, company: CompanyFile, volumes: readonly ChannelVolume[]): string {
  const doc = parseDocument(text);
  const publics = doc.get('publics', true);
  const channels = doc.get('channels', true);
  if (!isSeq(publics) || !isSeq(channels)) return text;
  const f = flows(company);
  const old = dailyVolumes(company);
  const loudest = f.map((row) => row.reduce((a, b) => a + b, 0)).reduce((best, v, i, all) => (v > all[best]! ? i : best), 0);
  company.channels.forEach((c, j) => {
    const wanted = volumes.find((v) => v.id === c.id);
    if (!wanted) return;
    const before = old[j]!.perDay;
    for (let i = 0; i < f.length; i++) f[i]![j] = before > 0 ? (f[i]![j]! * wanted.perDay) / before : i === loudest ? wanted.perDay : 0;
    const node = channels.items[j];
    if (isMap(node)) {
      if (JSON.stringify(wanted.hours) !== JSON.stringify(c.hours)) node.set('hours', doc.createNode(wanted.hours));
      if (wanted.expectedResponseMinutes !== c.expectedResponseMinutes) node.set('expectedResponseMinutes', wanted.expectedResponseMinutes);
    }
  });
  company.publics.forEach((p, i) => {
    const node = publics.items[i];
    if (!isMap(node)) return;
    const perDay = f[i]!.reduce((a, b) => a + b, 0);
    if (p.size > 0) node.set('contactsPerMonth', round((perDay * DAYS_PER_MONTH) / p.size));
    // The mix in messages a day (relative weights: only the proportions count), channels with none left out.
    const mix = Object.fromEntries(company.channels.flatMap((c, j) => (f[i]![j]! > 0 ? [[c.id, round(f[i]![j]!)]] : [])));
    if (Object.keys(mix).length > 0) node.set('channels', doc.createNode(mix, { flow: true }));
  });
  return doc.toString({ lineWidth: 0 });
}
