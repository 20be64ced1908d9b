/**
 * Exact values on hover. A mark says how to describe itself, and the text is written only when
 * the pointer is on it, in one tooltip for the page. A <title> per mark, written at every redraw,
 * was a quarter of all chart elements and much of the formatting work of a lever change.
 * Exported SVG files get the descriptions back as <title> elements (withTitles).
 */
import type { BaseType, Selection } from 'd3';

const KEY = '__describe';
type Described = Element & { [KEY]?: () => string };

/** Gives each mark of the selection a hover text, computed from its datum when shown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parent, as d3's own signatures
export function describe<E extends BaseType, D>(marks: Selection<E, D, any, unknown>, text: (d: D, i: number) => string): void {
  marks.property(KEY, (d, i) => () => text(d, i));
  listen();
}

/** The hover text of an element, if it has one. */
function descriptionOf(element: Element): string | undefined {
  return (element as Described)[KEY]?.();
}

/** The closest element from `target` up (within its SVG) that has a hover text. */
function describedFrom(target: EventTarget | null): Described | null {
  for (let e = target instanceof Element ? target : null; e && !(e instanceof HTMLElement); e = e.parentElement) {
    if ((e as Described)[KEY]) return e as Described;
  }
  return null;
}

let tip: HTMLDivElement | null = null;
/** The description on show: a redraw gives marks new ones, so the text follows new figures. */
let shown: (() => string) | null = null;
/** A tap leaves its tip up until the next tap or scroll; a mouse's goes when it leaves. */
let touched = false;
let size = { width: 0, height: 0 };

function show(event: PointerEvent): void {
  const target = describedFrom(event.target);
  if (!target) return hide();
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'hover-tip';
    tip.setAttribute('role', 'tooltip');
    document.body.appendChild(tip);
  }
  const text = target[KEY]!;
  if (text !== shown) {
    tip.textContent = text();
    shown = text;
    tip.hidden = false;
    size = { width: tip.offsetWidth, height: tip.offsetHeight }; // measured when the text changes, not at every move
  }
  touched = event.pointerType === 'touch';
  // Beside the pointer, kept inside the window.
  tip.style.left = `${Math.max(4, Math.min(event.clientX + 14, innerWidth - size.width - 4))}px`;
  tip.style.top = `${event.clientY + 18 + size.height > innerHeight ? event.clientY - size.height - 10 : event.clientY + 18}px`;
}
function hide(): void {
  if (!shown) return;
  if (tip) tip.hidden = true;
  shown = null;
}

let listening = false;
function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  const options = { passive: true, capture: true };
  document.addEventListener('pointerover', show, options);
  document.addEventListener('pointermove', show, options);
  document.addEventListener('pointerdown', show, options); // a tap on a touch screen
  document.addEventListener('pointerleave', () => { if (!touched) hide(); }, options);
  addEventListener('scroll', hide, options);
}

/** Adds the hover texts of `original`'s marks to `copy` (a deep clone of it) as <title> elements. */
export function withTitles(original: Element, copy: Element): void {
  const from = original.querySelectorAll('*'), to = copy.querySelectorAll('*');
  from.forEach((element, i) => {
    const text = descriptionOf(element);
    if (text === undefined || !to[i]) return;
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = text;
    to[i]!.insertBefore(title, to[i]!.firstChild);
  });
}
