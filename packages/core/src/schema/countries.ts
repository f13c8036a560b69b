import { iso31661 } from "iso-3166";

/** The assigned ISO 3166-1 alpha-3 codes (iso-3166, from the ISO list). */
export const COUNTRY_CODES: readonly string[] = iso31661.map((c) => c.alpha3).sort();

const ASSIGNED = new Set(COUNTRY_CODES);

/**
 * ISO 3166-1 leaves AAA–AAZ, QMA–QZZ, XAA–XZZ and ZZA–ZZZ to users: XKX for Kosovo,
 * AAA for a placeholder. They are codes, just not anyone else's.
 */
export const USER_ASSIGNED_COUNTRY = /^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/;

/**
 * Whether `code` is an assigned or user-assigned ISO 3166-1 alpha-3 code.
 *
 * @example
 * isCountryCode("RUS") // true
 * isCountryCode("RUX") // false
 */
export function isCountryCode(code: string): boolean {
  return ASSIGNED.has(code) || USER_ASSIGNED_COUNTRY.test(code);
}
