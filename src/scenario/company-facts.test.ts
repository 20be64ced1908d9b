import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { companyFacts } from './company-facts';
import { loadCompany } from './load';
import { dailyFirstContacts } from './scale';

function company(file: string) {
  const loaded = loadCompany(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

describe('company facts', () => {
  it('splits each public\'s contacts over its channels by weight, and the channels add up to the company\'s first contacts', () => {
    const sme = company('scenarios/companies/sme.yaml');
    const facts = companyFacts(sme);
    const sum = facts.channels.reduce((s, c) => s + c.perDay, 0);
    expect(sum).toBeCloseTo(dailyFirstContacts(sme), 9);
    expect(facts.perDay).toBeCloseTo(dailyFirstContacts(sme), 9);
    // Employees write 40 × 0.5 / 30 a day, a quarter of it by private message (weights 3 : 1).
    const employees = facts.publics.find((p) => p.id === 'employees')!;
    expect(employees.perDay).toBeCloseTo((40 * 0.5) / 30, 9);
    expect(facts.employees).toBe(40);
    expect(facts.channels.find((c) => c.id === 'phone')!.hours).toBe('office');
  });

  it('reads the currency from the file, euros when it says none', () => {
    const sme = company('scenarios/companies/sme.yaml');
    expect(companyFacts(sme).currency).toBe('EUR');
    expect(companyFacts({ ...sme, currency: 'USD' }).currency).toBe('USD');
  });

  it('refuses a currency that is not an ISO code, naming the field', () => {
    const text = readFileSync('scenarios/companies/sme.yaml', 'utf8').replace('employees: 40', 'employees: 40\ncurrency: euros');
    const loaded = loadCompany(text, 'sme.yaml');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues.map((i) => `${i.path} ${i.message}`).join()).toMatch(/currency.*ISO 4217/);
  });
});
