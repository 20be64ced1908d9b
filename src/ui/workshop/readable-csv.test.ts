import { describe, expect, it } from 'vitest';
import { readableCsv, type CsvFigure, type CsvRow } from './readable-csv';

const figures: CsvFigure[] = [
  { key: 'sla.attainment', label: 'first response within expected time (SLA)', unit: 'share', unitLabel: '%' },
  { key: 'cost.total', label: 'cost, total (EUR, 14 days)', unit: 'money', unitLabel: 'EUR' },
];
const rows: CsvRow[] = [
  { organisation: 'Relational funnel', organisationId: 'funnel', values: { 'sla.attainment': { mean: 0.4661, ci: 0.042, n: 10 }, 'cost.total': { mean: 12345.678, ci: 210.5, n: 10 } } },
  { organisation: '1. CM as coordinator; all functions', organisationId: 'coordinator', values: { 'sla.attainment': { mean: 0.798, ci: 0, n: 1 }, 'cost.total': undefined } },
];
const columns = ['Figure', 'Organisation', 'Mean', '95% CI (±)', 'Unit', 'Replications', 'Metric key', 'Organisation id'];

describe('readable CSV', () => {
  it('writes the settings first, then one row per figure and organisation, shares as percentages', () => {
    const csv = readableCsv([['Company', 'SME (40 people)'], ['Seed', '1']], columns, figures, rows, { separator: ',', decimalComma: false });
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines.slice(0, 4)).toEqual(['Company,SME (40 people)', 'Seed,1', '', columns.join(',')]);
    expect(lines[4]).toBe('first response within expected time (SLA),Relational funnel,46.61,4.2,%,10,sla.attainment,funnel');
    expect(lines[5]).toBe('first response within expected time (SLA),1. CM as coordinator; all functions,79.8,,%,1,sla.attainment,coordinator'); // no CI from one replication
    expect(lines[6]).toBe('"cost, total (EUR, 14 days)",Relational funnel,12345.7,210.5,EUR,10,cost.total,funnel');
    expect(lines).toHaveLength(7); // a figure not measured is left out
  });

  it('for French Excel, separates with semicolons and writes decimal commas, quoting what holds a semicolon', () => {
    const csv = readableCsv([['Entreprise', 'PME'],], columns, figures, rows, { separator: ';', decimalComma: true });
    expect(csv.startsWith('\uFEFF')).toBe(true); // Excel reads the accents as UTF-8
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[3]).toBe('first response within expected time (SLA);Relational funnel;46,61;4,2;%;10;sla.attainment;funnel');
    expect(lines[4]).toContain(';"1. CM as coordinator; all functions";79,8;');
    expect(lines[5]).toBe('cost, total (EUR, 14 days);Relational funnel;12345,7;210,5;EUR;10;cost.total;funnel');
  });
});
