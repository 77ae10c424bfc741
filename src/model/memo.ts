/** Caches grow to at most this many entries before starting over. */
const LIMIT = 500_000;

/** Stands for a remembered `undefined`, which a Map's get() could not tell from a text never seen. */
const NOTHING = Symbol('nothing');

/**
 * `compute`, remembered per text. The same addresses and blocks recur across the dumps of one cluster (a node's IP
 * in kubectl and EC2 output, a pod CIDR in the node and in every route to it).
 * Bounded, so that a long-lived process (a server embedding the engine) does not grow without end.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T | typeof NOTHING>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached === NOTHING ? (undefined as T) : cached;
    if (cache.size >= LIMIT) cache.clear();
    const value = compute(text);
    cache.set(text, value === undefined ? NOTHING : value);
    return value;
  };
}
