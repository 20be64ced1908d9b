/**
 * Validation problems, named by where they are and what would fix them.
 *
 * Owns: the issue type every loader step returns, and the conversion of zod's issues into
 * readable paths such as `units[2].headcount`.
 */
import type { z } from 'zod';

export interface ScenarioIssue {
  /** Which file (or "scenario" for the top file) the problem is in. */
  file: string;
  /** Where in the file, e.g. `units[2].headcount`; empty for the whole file. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Turns zod issues into scenario issues, rewording the generic ones. */
export function fromZod(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, path: formatPath([...path, key]), message: `unknown key "${key}": remove it or check its spelling` });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      const expected = String(issue.expected);
      message = message.includes('received undefined') ? `is required (${expected})` : `must be ${article(expected)} ${expected}; ${message.replace(/^Invalid input: /, '')}`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      message = `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if ((issue.code === 'too_small' || issue.code === 'too_big') && /^Too (small|big)/.test(message)) {
      message = boundMessage(issue.code === 'too_small', issue.origin, Number(issue.code === 'too_small' ? issue.minimum : issue.maximum), issue.inclusive ?? true);
    }
    out.push({ file, path: formatPath(path), message });
  }
  return out;
}

function boundMessage(isMinimum: boolean, origin: string, bound: number, inclusive: boolean): string {
  if (origin === 'array') return isMinimum ? `needs at least ${bound} item${bound === 1 ? '' : 's'}` : `allows at most ${bound} items`;
  if (origin === 'string') return isMinimum ? `needs at least ${bound} characters` : `allows at most ${bound} characters`;
  if (isMinimum) return inclusive ? `must be at least ${bound}` : `must be above ${bound}`;
  return inclusive ? `must be at most ${bound}` : `must be below ${bound}`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** One issue per line, for terminals and error panels. */
export function describeIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `${i.file}${i.path ? ` → ${i.path}` : ''}: ${i.message}`).join('\n');
}
