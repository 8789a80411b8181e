import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { invalidField } from '../errors/rpc.error';
import { FilterOperator, FilterTerm, parseFilter } from './filter-parser';
import { ListQueryDto } from './list-query.dto';
import { parseOrderBy, SortKey } from './order-by';
import { Cursor, PageTokenCodec } from './page-token';
import { parsePageSize } from './page-size';

/** A sortable field: a non-null SQL expression and how to read the same value from a row. */
export interface SortField<E> {
  expr: string;
  value: (row: E) => string | number;
}

/** A filterable field: which operators it takes and the SQL condition for one term. */
export interface FilterField {
  ops: readonly FilterOperator[];
  condition: (op: FilterOperator, value: string, param: string) => { sql: string; params: ObjectLiteral };
}

export interface ListSpec<E> {
  /** Binds page tokens to this list, e.g. the parent's resource name + collection. */
  collection: string;
  sortFields: Record<string, SortField<E>>;
  defaultOrder: SortKey[];
  /** The id column: the final tie-breaker that makes the keyset total. */
  id: SortField<E>;
  filters: Record<string, FilterField>;
}

/** A small list held in memory (the built-in roles, the caller's organization): one key, ascending. */
export interface MemoryListSpec<E> {
  collection: string;
  /** The unique string every item sorts and continues by (e.g. its resource name). */
  key: (item: E) => string;
  /** Filter fields: which operators each takes and whether an item matches a term. */
  filters: Record<
    string,
    { ops: readonly FilterOperator[]; matches: (op: FilterOperator, value: string, item: E) => boolean }
  >;
}

export interface Page<E> {
  items: E[];
  nextPageToken: string;
}

/**
 * Keyset pagination (API.md §1): sort by the requested fields then id, and continue strictly after
 * the last item's values. An item present for the whole walk with unchanged sort values is seen
 * exactly once, whatever is inserted or deleted meanwhile. No OFFSET, so deep pages stay cheap.
 */
@Injectable()
export class Paginator {
  private readonly tokens: PageTokenCodec;

  constructor(config: AppConfig) {
    this.tokens = new PageTokenCodec(createHmac('sha256', config.keyPepper).update('page-tokens').digest());
  }

  /** Pages a small in-memory list with the same rules and tokens as the SQL lists. */
  pageOfList<E>(items: readonly E[], query: ListQueryDto, spec: MemoryListSpec<E>): Page<E> {
    return pageInMemory(items, query, spec, this.tokens);
  }

  async page<E extends ObjectLiteral>(
    qb: SelectQueryBuilder<E>,
    query: ListQueryDto,
    spec: ListSpec<E>,
  ): Promise<Page<E>> {
    const pageSize = parsePageSize(query.page_size);
    const terms = parseFilter(query.filter);
    const order = parseOrderBy(query.order_by, Object.keys(spec.sortFields), spec.defaultOrder);
    applyFilter(qb, terms, spec.filters);

    const binding = JSON.stringify([spec.collection, terms, order]);
    const keys = [...order.map((k) => ({ ...spec.sortFields[k.field], desc: k.desc })), { ...spec.id, desc: false }];
    if (query.page_token) {
      const cursor = this.tokens.decode(query.page_token, binding);
      if (cursor.length !== keys.length) throw invalidField('page_token', 'The page_token does not fit this list.');
      applyCursor(qb, keys, cursor);
    }
    keys.forEach((k, i) =>
      i === 0 ? qb.orderBy(k.expr, k.desc ? 'DESC' : 'ASC') : qb.addOrderBy(k.expr, k.desc ? 'DESC' : 'ASC'),
    );
    const rows = await qb.limit(pageSize + 1).getMany();

    const items = rows.slice(0, pageSize);
    const last = items[items.length - 1];
    const nextPageToken =
      rows.length > pageSize && last
        ? this.tokens.encode(
            binding,
            keys.map((k) => k.value(last)),
          )
        : '';
    return { items, nextPageToken };
  }
}

/** The same page_size, page_token and filter rules as the SQL lists, over an array. */
export function pageInMemory<E>(
  items: readonly E[],
  query: ListQueryDto,
  spec: MemoryListSpec<E>,
  tokens: PageTokenCodec,
): Page<E> {
  const pageSize = parsePageSize(query.page_size);
  const terms = parseFilter(query.filter);
  if (query.order_by !== undefined && query.order_by.trim() !== '') {
    throw invalidField('order_by', 'This list has one fixed order; order_by is not supported.');
  }
  // Every term is checked before any item is looked at, so a bad filter is 400 even on an empty list.
  const checks = terms.map((term) => {
    const field = fieldFor(term, spec.filters);
    return (item: E) => field.matches(term.op, term.value, item);
  });
  const matching = items.filter((item) => checks.every((matches) => matches(item)));
  const sorted = [...matching].sort((a, b) => (spec.key(a) < spec.key(b) ? -1 : spec.key(a) > spec.key(b) ? 1 : 0));
  const binding = JSON.stringify([spec.collection, terms]);
  let rest = sorted;
  if (query.page_token) {
    const cursor = tokens.decode(query.page_token, binding);
    const after = cursor[0];
    if (cursor.length !== 1 || typeof after !== 'string')
      throw invalidField('page_token', 'The page_token does not fit this list.');
    rest = sorted.filter((item) => spec.key(item) > after);
  }
  const pageItems = rest.slice(0, pageSize);
  const last = pageItems[pageItems.length - 1];
  return {
    items: pageItems,
    nextPageToken: rest.length > pageSize && last !== undefined ? tokens.encode(binding, [spec.key(last)]) : '',
  };
}

function applyFilter<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  terms: FilterTerm[],
  fields: Record<string, FilterField>,
): void {
  terms.forEach((term, i) => {
    const { sql, params } = fieldFor(term, fields).condition(term.op, term.value, `filter${i}`);
    qb.andWhere(sql, params);
  });
}

/** The list's field for a filter term, or 400 naming what the list supports. */
function fieldFor<F extends { ops: readonly FilterOperator[] }>(term: FilterTerm, fields: Record<string, F>): F {
  const field = Object.hasOwn(fields, term.field) ? fields[term.field] : undefined;
  if (!field) {
    const known = Object.keys(fields);
    throw invalidField('filter', `Cannot filter on "${term.field}"; supported fields: ${known.join(', ') || 'none'}.`);
  }
  if (!field.ops.includes(term.op)) {
    throw invalidField(
      'filter',
      `"${term.field}" supports ${field.ops.map((o) => `"${o}"`).join(' and ')}, not "${term.op}".`,
    );
  }
  return field;
}

/** (a, b, id) after (x, y, z) ⇔ a>x OR (a=x AND b>y) OR (a=x AND b=y AND id>z), per direction. */
function applyCursor<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  keys: (SortField<E> & { desc: boolean })[],
  cursor: Cursor,
): void {
  qb.andWhere(
    new Brackets((outer) => {
      keys.forEach((key, i) => {
        outer.orWhere(
          new Brackets((inner) => {
            for (let j = 0; j < i; j++) inner.andWhere(`${keys[j].expr} = :cursor${j}`);
            inner.andWhere(`${key.expr} ${key.desc ? '<' : '>'} :cursor${i}`);
          }),
        );
      });
    }),
  );
  qb.setParameters(Object.fromEntries(cursor.map((v, i) => [`cursor${i}`, v])));
}
