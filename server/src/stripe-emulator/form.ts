/** A decoded Stripe request: nested objects and arrays, every leaf a string. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const MAX_DEPTH = 8;

/** `line_items[0][price]` → ["line_items", "0", "price"]; `expand[]` → ["expand", ""]. */
function keyPath(key: string): string[] | null {
  const match = key.match(/^([^[\]]+)((?:\[[^[\]]*\])*)$/);
  if (!match?.[1]) return null;
  const rest = [...(match[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] ?? "");
  return rest.length > MAX_DEPTH ? null : [match[1], ...rest];
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [head = "", ...rest] = path;
  const container = target as Record<string, FormValue>;
  if (Array.isArray(target) && head === "") {
    if (rest.length === 0) target.push(value);
    else {
      const child: FormObject = {};
      target.push(child);
      assign(child, rest, value);
    }
    return;
  }
  if (rest.length === 0) {
    container[head] = value;
    return;
  }
  const wantsArray = rest[0] === "" || /^\d+$/.test(rest[0] ?? "");
  let child = container[head];
  if (typeof child !== "object" || child === null) {
    child = wantsArray ? [] : {};
    container[head] = child;
  }
  assign(child as FormObject, rest, value);
}

/** Arrays written with indexes (`items[0][price]`) become dense arrays in index order. */
function densify(value: FormValue): FormValue {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(densify);
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, densify(child)]));
}

/** Decodes a Stripe form body or query string (the bracket notation stripe-node writes). */
export function decodeForm(encoded: string): FormObject {
  const result: FormObject = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = keyPath(key);
    if (path) assign(result, path, value);
  }
  return densify(result) as FormObject;
}
