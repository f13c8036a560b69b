// Written at build time by scripts/gen-structure-check.mjs into dist/schema/: Ajv's
// standalone code of the fast structural check (see _fast-check.ts). Not in src/, so
// code run from the sources (the tests) compiles the check at run time instead.

import type { KeyOrder } from "./_key-order.js";

/** The document's schema, the lists' items left out. */
export declare function document(data: unknown): boolean;
/** Each list's key and its item schema's check. */
export declare const LISTS: ReadonlyArray<readonly [string, (data: unknown) => boolean]>;
/** Where zod's copy puts each object's keys (see _key-order.ts). */
export declare const ORDER: KeyOrder;
