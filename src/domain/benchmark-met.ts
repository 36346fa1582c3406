import type { Direction } from '../contract/benchmarks';

// Whether a school year's actual reached its target, on the side the measure
// counts as better; null when either figure is missing, so "no data" is never
// mistaken for "not met". Reaching the target exactly counts as met.
export function benchmarkMet(direction: Direction, target: number | null, actual: number | null): boolean | null {
  if (target === null || actual === null) return null;
  return direction === 'higher' ? actual >= target : actual <= target;
}
