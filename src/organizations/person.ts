/** A user as other resources show them (an owner, a creator): name and email. */
export interface Person {
  displayName: string;
  email: string;
}

/** The person read through a LEFT JOIN, or null when the user is gone (removed from the organization). */
export function personOf(displayName: string | null, email: string | null): Person | null {
  return displayName === null || email === null ? null : { displayName, email };
}
