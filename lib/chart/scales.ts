/*
 * Scales and ticks for the server-rendered charts. Small and pure on purpose:
 * the charts are drawn to SVG on the server, so this code runs once per render
 * and never ships to the browser unless an interactive chart needs it.
 */

export type Scale = {
  (value: number): number;
  domain: readonly [number, number];
  ticks: (count: number) => number[];
};

const EPSILON = 1e-9;

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const nice = residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1;
  return nice * magnitude;
}

/** Round numbers that cover [min, max], about `count` of them. */
export function linearTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const step = niceStep(max - min, count);
  const first = Math.ceil(min / step - EPSILON) * step;
  const ticks: number[] = [];
  for (let value = first; value <= max + step * EPSILON; value += step) {
    ticks.push(Math.round(value / step) * step);
  }
  return ticks.map((tick) => Number(tick.toPrecision(12)));
}

/** Extends [min, max] outwards to round numbers. */
export function niceDomain(min: number, max: number, count: number): [number, number] {
  if (!(max > min)) return [min - 1, max + 1];
  const step = niceStep(max - min, count);
  return [Math.floor(min / step + EPSILON) * step, Math.ceil(max / step - EPSILON) * step];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as Scale;
  return Object.assign(scale, { domain, ticks: (count: number) => linearTicks(d0, d1, count) });
}

/** 1-2-5 ticks per decade, thinned to about `count`. */
export function logTicks(min: number, max: number, count: number): number[] {
  if (!(min > 0) || !(max > min)) return [min];
  const candidates: number[] = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent += 1) {
    for (const mantissa of [1, 2, 5]) {
      const value = mantissa * 10 ** exponent;
      if (value >= min * (1 - EPSILON) && value <= max * (1 + EPSILON)) candidates.push(Number(value.toPrecision(12)));
    }
  }
  if (candidates.length <= count) return candidates;
  const decades = candidates.filter(
    (value) => Number.isInteger(Math.log10(value)) || value / 10 ** Math.floor(Math.log10(value)) === 1,
  );
  return decades.length >= 2
    ? decades
    : candidates.filter((_, index) => index % Math.ceil(candidates.length / count) === 0);
}

export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0 || 1;
  const scale = ((value: number) => r0 + ((Math.log10(value) - l0) / span) * (r1 - r0)) as Scale;
  return Object.assign(scale, { domain, ticks: (count: number) => logTicks(d0, d1, count) });
}

/** Domain for a log axis: from the 1-2-5 step at or below min to the one at or above max. */
export function logDomain(min: number, max: number): [number, number] {
  const steps = (value: number, direction: "down" | "up") => {
    const exponent = Math.floor(Math.log10(value));
    const options = [1, 2, 5, 10].map((mantissa) => mantissa * 10 ** exponent);
    return direction === "down"
      ? Math.max(...options.filter((option) => option <= value * (1 + EPSILON)))
      : Math.min(...options.filter((option) => option >= value * (1 - EPSILON)));
  };
  return [steps(min, "down"), steps(max, "up")];
}

/** Whole years to label on a time axis, at most `maxTicks` of them, on round steps. */
export function yearTicks(from: number, to: number, maxTicks: number): number[] {
  const span = to - from;
  const step = [1, 2, 5, 10, 20, 25, 50].find((candidate) => span / candidate <= maxTicks) ?? 100;
  const first = Math.ceil(from / step) * step;
  const ticks: number[] = [];
  for (let year = first; year <= to; year += step) ticks.push(year);
  return ticks;
}
