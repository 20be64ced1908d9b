/**
 * The figures as a CSV a person can read and a spreadsheet opens as it is: a block of settings
 * first, then one row per figure and organisation with labelled columns and units. With the
 * French option, fields are separated by ";" and decimals written with a comma (what Excel expects
 * in a French locale); a byte-order mark makes Excel read the accents as UTF-8.
 */
import type { Unit } from '../../metrics/format';

export interface CsvFormat {
  separator: ',' | ';';
  decimalComma: boolean;
}

export interface CsvFigure {
  key: string;
  label: string;
  unit: Unit;
  /** The unit as written in the file ("min", "%", "EUR"). */
  unitLabel: string;
}

export interface CsvRow {
  organisation: string;
  organisationId: string;
  /** The figure's mean and 95% CI half-width by key (shares as 0–1); absent when not measured. */
  values: Record<string, { mean: number; ci: number; n: number } | undefined>;
}

/** A share is written as a percentage, the rest as measured; six significant digits at most. */
function number(value: number, unit: Unit, format: CsvFormat): string {
  if (!Number.isFinite(value)) return '';
  const v = unit === 'share' ? value * 100 : value;
  const text = String(Number(v.toPrecision(6)));
  return format.decimalComma ? text.replace('.', ',') : text;
}

function cell(value: string, format: CsvFormat): string {
  return value.includes(format.separator) || /["\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function readableCsv(header: [string, string][], columns: string[], figures: CsvFigure[], rows: CsvRow[], format: CsvFormat): string {
  const line = (cells: string[]) => cells.map((c) => cell(c, format)).join(format.separator);
  const out = header.map(([label, value]) => line([label, value]));
  out.push('');
  out.push(line(columns));
  for (const figure of figures) {
    for (const row of rows) {
      const e = row.values[figure.key];
      if (!e) continue;
      out.push(line([figure.label, row.organisation, number(e.mean, figure.unit, format), e.n < 2 ? '' : number(e.ci, figure.unit, format), figure.unitLabel, String(e.n), figure.key, row.organisationId]));
    }
  }
  return `\uFEFF${out.join('\r\n')}\r\n`;
}
