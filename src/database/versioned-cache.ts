/**
 * Values read from the database, all tagged with the one change version they were read at
 * (PreparedStatements.changeVersion). A value is served only while the database still reports that
 * version, so it is exactly what a fresh read would return: there is no TTL to outlive a change.
 * Reading anything at a newer version drops every entry at once.
 *
 * Bounded: past `capacity` entries the oldest one is dropped, so a flood of distinct keys costs
 * memory once and not more.
 */
export class VersionedCache<V> {
  private version: string | null = null;
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /**
   * The value cached under `key` if the data is unchanged since it was read. `currentVersion` is
   * asked only when there is an entry, so a key never seen costs no version read.
   */
  get(key: string, currentVersion: () => string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    return currentVersion() === this.version ? value : undefined;
  }

  /** Remembers `value`, read at `version`; entries of any other version are dropped first. */
  set(key: string, value: V, version: string): void {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
