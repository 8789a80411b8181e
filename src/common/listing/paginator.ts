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

function applyFilter<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  terms: FilterTerm[],
  fields: Record<string, FilterField>,
): void {
  terms.forEach((term, i) => {
    const field = Object.hasOwn(fields, term.field) ? fields[term.field] : undefined;
    if (!field) {
      const known = Object.keys(fields);
      throw invalidField(
        'filter',
        `Cannot filter on "${term.field}"; supported fields: ${known.join(', ') || 'none'}.`,
      );
    }
    if (!field.ops.includes(term.op)) {
      throw invalidField(
        'filter',
        `"${term.field}" supports ${field.ops.map((o) => `"${o}"`).join(' and ')}, not "${term.op}".`,
      );
    }
    const { sql, params } = field.condition(term.op, term.value, `filter${i}`);
    qb.andWhere(sql, params);
  });
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
