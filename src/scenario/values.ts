/**
 * How a number is written wherever a person types one: in a link, on the command line, in the
 * controls. One rule everywhere: plain decimal digits, optionally one decimal point, nothing
 * else — no sign, no spaces, no hexadecimal (`0x10`), binary (`0b11`) or exponent (`1e3`), which
 * JavaScript's `Number()` would quietly accept and turn into something the person did not write.
 *
 * Owns: the grammar of typed numbers and the wording of what is allowed.
 */

const WHOLE = /^\d{1,16}$/;
const DECIMAL = /^\d{1,16}(\.\d{1,16})?$/;

/** A whole number from `min` to `max` written in plain digits, or undefined. */
export function readWholeNumber(raw: string, min: number, max: number): number | undefined {
  if (!WHOLE.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** A number from `min` to `max` written as digits with at most one decimal point, or undefined. */
export function readDecimal(raw: string, min: number, max: number): number | undefined {
  if (!DECIMAL.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** "a whole number from 1 to 100", for messages. */
export function wholeNumberRange(min: number, max: number): string {
  return `a whole number from ${min} to ${max}`;
}

/** "a number from 0.1 to 10", for messages. */
export function decimalRange(min: number, max: number): string {
  return `a number from ${min} to ${max}`;
}
