/** `{field: {before, after}}` of an event (API.md §9). Values are JSON; never a secret or a hash. */
export type AuditValue = string | number | boolean | null | readonly string[];
export type AuditChanges = Record<string, { before: AuditValue; after: AuditValue }>;

/**
 * The fields whose value differs between `before` and `after`, by wire name. Lists compare by
 * content, so re-sending the same scope records nothing.
 */
export function diffChanges(
  before: Record<string, AuditValue>,
  after: Record<string, AuditValue | undefined>,
): AuditChanges {
  const changes: AuditChanges = {};
  for (const [field, next] of Object.entries(after)) {
    if (next === undefined) continue;
    const previous = Object.hasOwn(before, field) ? before[field] : null;
    if (!sameValue(previous, next)) changes[field] = { before: previous, after: next };
  }
  return changes;
}

/** A created resource's fields, each as `{before: null, after}`. */
export function creationChanges(fields: Record<string, AuditValue>): AuditChanges {
  return Object.fromEntries(Object.entries(fields).map(([field, after]) => [field, { before: null, after }]));
}

function sameValue(a: AuditValue, b: AuditValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
