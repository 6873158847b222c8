/** The training's seeded generator (mulberry32): fixtures are the same on every run and machine. */
export { rng as prng } from '../../tools/train/rng';

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
