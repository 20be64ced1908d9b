import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from '../names';
import { CORE, GROUPS, organisationColour } from './organisation-groups';
import { DEFAULTS } from '../../state/store';

describe('organisation groups and colours', () => {
  it('puts every shipped organisation in exactly one group, the funnel and the four placements first', () => {
    const listed = GROUPS.flatMap((g) => g.ids);
    expect([...listed].sort()).toEqual(ORGANISATIONS.map((o) => o.id).sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(GROUPS[0]!.ids).toEqual(CORE);
    expect(GROUPS.find((g) => g.id === 'altimeter')!.ids.every((id) => id.startsWith('altimeter-'))).toBe(true);
  });

  it('compares the funnel and all four placements by default', () => {
    expect(DEFAULTS.organisationIds).toEqual(CORE);
  });

  it('gives each shipped organisation its own colour, which does not depend on what else is selected', () => {
    const colours = ORGANISATIONS.map((o) => organisationColour(o.id));
    expect(new Set(colours).size).toBe(colours.length);
    expect(organisationColour('multi-team')).toBe(organisationColour('multi-team'));
    expect(organisationColour('my-own-org')).toMatch(/^#[0-9A-F]{6}$/i);
  });
});
