/** The keys of a label map as a non-empty tuple, the form z.enum and pgEnum take. */
export function keysOf<T extends Record<string, unknown>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}
