import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidField } from '../errors/rpc.error';

/** Where a page ended: the sort values of its last item, id last. */
export type Cursor = (string | number)[];

/**
 * Page tokens are opaque to clients but tamper-evident: base64url(JSON) + an HMAC over it. The
 * token is bound to the query it came from (collection, filter, order), so reusing it with a
 * different filter or order_by is INVALID_ARGUMENT rather than a silently wrong page.
 */
export class PageTokenCodec {
  constructor(private readonly key: Buffer) {}

  encode(binding: string, cursor: Cursor): string {
    const payload = Buffer.from(JSON.stringify({ b: this.digest(binding), c: cursor })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  decode(token: string, binding: string): Cursor {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0 || !this.verify(payload, signature)) {
      throw bad('The page_token is not one this service issued.');
    }
    let parsed: { b?: unknown; c?: unknown };
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { b?: unknown; c?: unknown };
    } catch {
      throw bad('The page_token is not one this service issued.');
    }
    if (parsed.b !== this.digest(binding)) {
      throw bad('The page_token was issued for a different filter or order_by; start again without it.');
    }
    const cursor = parsed.c;
    if (!Array.isArray(cursor) || !cursor.every((v) => typeof v === 'string' || typeof v === 'number')) {
      throw bad('The page_token is not one this service issued.');
    }
    return cursor;
  }

  private digest(binding: string): string {
    return createHmac('sha256', this.key).update(`binding\0${binding}`).digest('base64url').slice(0, 16);
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(`page\0${payload}`).digest('base64url').slice(0, 22);
  }

  private verify(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

function bad(description: string) {
  return invalidField('page_token', description);
}
