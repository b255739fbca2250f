/**
 * "Jane's Team" → "janes-team": lower-case ASCII letters and digits joined by dashes, at most 48
 * characters, "team" when nothing is left. Uniqueness comes from insertTenantWithUniqueSlug.
 */
export function tenantSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || "team";
}
