// Apart from _fast-check.ts, which builds the schema with zod: the generated check is
// assembled here without it (see generated-check.ts).

/** A compiled check of one JSON Schema. */
export type Check = (data: unknown) => boolean;

/** The whole check from the compiled parts: what JSON Schema's `items` means, list by list. */
export function assembleFastCheck(document: Check, lists: ReadonlyArray<{ key: string; item: Check }>): Check {
  return (data) => {
    if (document(data) !== true) return false;
    for (const { key, item } of lists) {
      const list = (data as Record<string, unknown[] | undefined>)[key];
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) if (item(list[i]) !== true) return false;
    }
    return true;
  };
}
