/**
 * Turns a name into an id slug, unique within `taken` (which it updates).
 *
 * @example
 * slugify("Military Forces of Russia (2000-)", new Set()) // "military-forces-of-russia-2000"
 */
export function slugify(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "item";
  let id = /^[a-z0-9]/.test(base) ? base : `x-${base}`;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
