/**
 * Values read from the database, all tagged with the one change version they were read at
 * (PreparedStatements.changeVersion). A value is served only while the database still reports that
 * version, so it is exactly what a fresh read would return: there is no TTL to outlive a change.
 * Reading anything at a newer version drops every entry at once.
 *
 * Bounded by weight (`weigh`, e.g. a value's row count): past `capacity` the oldest entries are
 * dropped, and a value heavier than the whole capacity is not kept at all, so a flood of keys, or of
 * big ones, costs a bounded amount of memory. Values are frozen: every reader shares them.
 */
export class VersionedCache<V extends object> {
  private version: string | null = null;
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  /**
   * The value cached under `key` if the data is unchanged since it was read. `currentVersion` is
   * asked only when there is an entry, so a key never seen costs no version read.
   */
  get(key: string, currentVersion: () => string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    return currentVersion() === this.version ? entry.value : undefined;
  }

  /** Remembers `value`, read at `version`; entries of any other version are dropped first. */
  set(key: string, value: V, version: string): void {
    if (version !== this.version) {
      this.entries.clear();
      this.totalWeight = 0;
      this.version = version;
    }
    this.drop(key);
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    while (this.totalWeight + weight > this.capacity) this.drop(this.entries.keys().next().value as string);
    this.entries.set(key, { value: Object.freeze(value), weight });
    this.totalWeight += weight;
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }
}
