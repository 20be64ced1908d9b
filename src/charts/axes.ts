/**
 * Axis groups kept from one draw to the next: d3's axis then moves and relabels the ticks it
 * already has instead of building new ones (a lever change redraws every chart).
 */
import type { Selection } from 'd3';

/** The axis group `name` of the chart, below its marks, placed by `transform`. */
export function axisLayer(root: Selection<SVGSVGElement, unknown, null, undefined>, name: string, transform: string): Selection<SVGGElement, null, SVGSVGElement, unknown> {
  return root
    .selectAll<SVGGElement, null>(`g.axis.${name}`)
    .data([null])
    .join((enter) => enter.insert('g', ':first-child').attr('class', `axis ${name}`))
    .attr('transform', transform);
}

/** Removes everything in the chart but its axes: for charts that rebuild their marks at each draw. */
export function clearMarks(root: Selection<SVGSVGElement, unknown, null, undefined>): void {
  root.selectChildren(':not(g.axis)').remove();
}
