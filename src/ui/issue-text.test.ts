/** Scenario problems in French: the CLI's English messages recognised by pattern, the rest kept. */
import { describe, expect, it } from 'vitest';
import { issueText } from './issue-text';

describe('a scenario problem in French', () => {
  it('translates the loader’s messages, keeping names and values', () => {
    expect(issueText('unknown key "oops": remove it or check its spelling', 'fr')).toBe('clé inconnue « oops » : supprimez-la ou vérifiez son orthographe');
    expect(issueText('must be one of: "front", "back"', 'fr')).toBe('doit valoir l’une de ces valeurs : « front », « back »');
    expect(issueText('unknown unit "desk"; known units: a, b', 'fr')).toBe('unité inconnu(e) « desk » ; connu(e)s : a, b');
    expect(issueText('must be at least 0', 'fr')).toBe('doit valoir au moins 0');
    expect(issueText('the file is format version 9, newer than this simulator (1): update the simulator', 'fr')).toMatch(/^le fichier est au format version 9/);
  });

  it('keeps English as it is, and an unknown message in English', () => {
    expect(issueText('must be at least 0', 'en')).toBe('must be at least 0');
    expect(issueText('something new', 'fr')).toBe('something new');
  });
});
