/**
 * A whole-number field (replications, seed) that commits only a whole value: typing changes the
 * field alone; Enter or leaving the field takes the value if it is a whole number in range, written
 * in plain digits (the rule of the link and the command line), and otherwise keeps what was typed
 * and says what is allowed. Nothing runs on a prefix of what is being typed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readWholeNumber } from '../scenario/values';

export function WholeNumberField({ value, min, max, testId, onValue }: { value: number; min: number; max: number; testId: string; onValue: (n: number) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [wrong, setWrong] = useState(false);
  const hintId = useId();
  /** Takes the draft if it is valid; true when the value changed (a run follows). */
  const commit = (): 'changed' | 'same' | 'wrong' => {
    if (draft === null) return 'same';
    const n = readWholeNumber(draft.trim(), min, max);
    if (n === undefined) { setWrong(true); return 'wrong'; }
    setDraft(null);
    setWrong(false);
    if (n === value) return 'same';
    onValue(n);
    return 'changed';
  };
  return (
    <>
      <input
        type="text" inputMode="numeric" autoComplete="off" data-testid={testId}
        value={draft ?? String(value)}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? hintId : undefined}
        onChange={(e) => { setDraft(e.target.value); setWrong(false); }}
        onBlur={() => commit()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') { setDraft(null); setWrong(false); return; }
          if (e.key !== 'Enter') return;
          // Enter submits the form (a run with the values in use): not with a wrong value, and a
          // changed value starts its own run.
          if (commit() !== 'same') e.preventDefault();
        }}
      />
      {wrong && <span id={hintId} role="alert" className="field-problem" data-testid={`${testId}-problem`}>{t('wholeNumberExpected', { min, max })}</span>}
    </>
  );
}
