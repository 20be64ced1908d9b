/**
 * How written headcounts turn into people: per 100 first contacts a day, per 1,000 employees, or
 * as written. Pure functions of the company, used by the compiler and by the levers.
 */
import type { CompanyFile } from './schema-company';

/** First contacts a day the company receives (all publics, all channels). */
export function dailyFirstContacts(company: CompanyFile): number {
  return company.publics.reduce((sum, p) => sum + (p.size * p.contactsPerMonth) / 30, 0);
}

/** Multipliers of a unit's written headcount: people, per 100 first contacts a day, per 1,000 employees. */
export function headcountScale(company: CompanyFile): Record<'none' | 'volume' | 'employees', number> {
  return { none: 1, volume: dailyFirstContacts(company) / 100, employees: company.employees / 1000 };
}
