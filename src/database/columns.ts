import { ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Millisecond timestamps are BIGINT on both databases. mysql2 may hand BIGINT back as a string;
 * this transformer makes every read a number (ms fit comfortably in 2^53).
 */
const epochMillis: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

export function MillisColumn(name: string, options: { nullable?: boolean } = {}): ColumnOptions {
  return { name, type: 'bigint', transformer: epochMillis, nullable: options.nullable ?? false };
}

/** A JSON array of strings stored as text (portable; MySQL's JSON type buys nothing here). */
export const stringList: ValueTransformer = {
  to: (value: string[] | undefined) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value ? (JSON.parse(value) as string[]) : []),
};
