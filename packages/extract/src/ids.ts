/**
 * A short id slug from a name: lowercase ASCII words joined by "-", possessives
 * dropped, at most `max` characters.
 *
 * @example
 * slugify("Ukraine's allies") // "ukraine-allies"
 */
export function slugify(name: string, max = 40): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]s\b/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || "item";
}

/**
 * Hands out ids that are unique among those already `taken`, adding -2, -3… on
 * collision, and remembers them.
 *
 * @example
 * const ids = uniqueIds(["putin"]); ids("putin") // "putin-2"
 */
export function uniqueIds(taken: Iterable<string> = []): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted: string) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}
