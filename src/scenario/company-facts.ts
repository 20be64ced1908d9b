/**
 * What a company IS, for the panel that shows it: its publics and their sizes, its employees,
 * first contacts a day by channel, each channel's opening hours and cost, and the currency.
 * Computed from the company file (a preset or one the user wrote), never written by hand.
 *
 * Owns: these derived figures. Pure; never imports React, d3 or the model.
 */
import type { Hours, Text } from './schema-common';
import type { CompanyFile } from './schema-company';

export interface ChannelFacts {
  id: string;
  name?: Text;
  /** First contacts a day on this channel (before any follow-up), over all publics. */
  perDay: number;
  hours: Hours;
  costPerContact: number;
  expectedResponseMinutes: number;
  public: boolean;
}

export interface CompanyFacts {
  employees: number;
  currency: string;
  publics: { id: string; name?: Text; size: number; perDay: number }[];
  /** Members of every public together. */
  people: number;
  channels: ChannelFacts[];
  /** First contacts a day, all channels (the same total as `dailyFirstContacts`). */
  perDay: number;
  businessHours: Hours;
}

export function companyFacts(company: CompanyFile): CompanyFacts {
  const perDayByChannel = new Map(company.channels.map((c) => [c.id, 0]));
  const publics = company.publics.map((p) => {
    const perDay = (p.size * p.contactsPerMonth) / 30; // contactsPerMonth is per 30 days
    const weights = Object.entries(p.channels);
    const total = weights.reduce((s, [, w]) => s + w, 0);
    for (const [channel, w] of weights) if (total > 0) perDayByChannel.set(channel, (perDayByChannel.get(channel) ?? 0) + (perDay * w) / total);
    return { id: p.id, name: p.name, size: p.size, perDay };
  });
  return {
    employees: company.employees,
    currency: company.currency,
    publics,
    people: publics.reduce((s, p) => s + p.size, 0),
    channels: company.channels.map((c) => ({
      id: c.id, name: c.name, perDay: perDayByChannel.get(c.id) ?? 0, hours: c.hours,
      costPerContact: c.costPerContact, expectedResponseMinutes: c.expectedResponseMinutes, public: c.public,
    })),
    perDay: publics.reduce((s, p) => s + p.perDay, 0),
    businessHours: company.businessHours,
  };
}
