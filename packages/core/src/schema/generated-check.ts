import { assembleFastCheck, type Check } from "./_assemble-check.js";
import type { KeyOrder } from "./_key-order.js";

/** The structural check and the schema's key order, as the quick path takes them. */
export interface QuickCheck {
  check: Check;
  order: KeyOrder;
}

/**
 * The structural check generated at build time (dist/schema/_structure-check.js, see
 * scripts/gen-structure-check.mjs), assembled list by list, with the schema's key order;
 * undefined where it is not there (run from the sources, as the tests are). Apart from
 * structure.ts so that a path that only checks can load it without the schema library.
 *
 * @example
 * const quick = await loadGeneratedCheck();
 * quick?.check({ briefline: 1, title: "t" }) // true
 */
export async function loadGeneratedCheck(): Promise<QuickCheck | undefined> {
  try {
    const generated = await import("./_structure-check.js");
    return {
      check: assembleFastCheck(
        generated.document,
        generated.LISTS.map(([key, item]) => ({ key, item })),
      ),
      order: generated.ORDER,
    };
  } catch {
    return undefined;
  }
}
