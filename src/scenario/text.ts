/** Picks the wanted language from bilingual text (a plain string serves both). */
import type { Text } from './schema-common';

export type Language = 'en' | 'fr';

export function textOf(text: Text | undefined, language: Language): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[language];
}
