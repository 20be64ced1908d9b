/** Completion and hover help read the generated JSON Schema at the cursor's place in the YAML. */
import { describe, expect, it } from 'vitest';
import { helpAt, pathAt, suggestionsAt } from '../src/ui/editor/schema-help';
import { BLANK } from '../src/scenario/draft-text';

const at = (text: string, marker = '|') => ({ text: text.replace(marker, ''), offset: text.indexOf(marker) });

describe('schema help', () => {
  it('finds the path of a key inside a list item', () => {
    const lines = ['kind: organisation', 'units:', '  - id: team', '    headcount: 3', '    ', 'routing:'];
    expect(pathAt(lines, 4, 4)).toEqual(['units', '[]']);
    expect(pathAt(['units:', '- id: a', '  role: front'], 2, 2)).toEqual(['units', '[]']);
  });

  it('offers the keys of a unit, with their meaning, bounds and default', () => {
    const { text, offset } = at(BLANK.organisation.replace('    hourlyCost: 30', '    hourlyCost: 30\n    che|'));
    const found = suggestionsAt(text, offset)!;
    const check = found.options.find((o) => o.label === 'checkEveryMinutes');
    expect(check?.info).toMatch(/How often .* Default: 0\./);
    expect(found.options.some((o) => o.label === 'autonomy')).toBe(true);
    expect(found.from).toBe(offset - 3);
  });

  it('offers the values a key takes', () => {
    const { text, offset } = at(BLANK.organisation.replace('    role: front', '    role: c|'));
    expect(suggestionsAt(text, offset)!.options.map((o) => o.label)).toEqual(['front', 'back', 'manager', 'cm', 'conductor', 'expert_pool', 'agency']);
  });

  it('explains the key under the pointer', () => {
    const text = BLANK.organisation;
    const help = helpAt(text, text.indexOf('headcount') + 2)!;
    expect(help.path).toBe('units[].headcount');
    expect(help.text).toMatch(/People.*Allowed: ≥ 0, ≤ 1000000/);
    expect(helpAt(BLANK.company, BLANK.company.indexOf('employees') + 1)!.text).toMatch(/Headcount of the company/);
  });
});
