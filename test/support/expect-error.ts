/** One set of assertions on the error model (API.md §2), for every e2e suite. Not a spec file. */
import type { Response } from 'supertest';
import { reasonOf } from './api-client';

export const BAD_REQUEST = 'type.googleapis.com/google.rpc.BadRequest';
export const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';
export const QUOTA_FAILURE = 'type.googleapis.com/google.rpc.QuotaFailure';

/** The fields of the BadRequest detail's violations. */
export function violatedFields(body: {
  details?: { '@type': string; field_violations?: { field: string }[] }[];
}): string[] {
  const badRequest = body.details?.find((d) => d['@type'] === BAD_REQUEST);
  return (badRequest?.field_violations ?? []).map((v) => v.field);
}

/** Asserts the google.rpc.Status shape, HTTP status, code and ErrorInfo reason of an error answer. */
export function expectError(res: Response, status: number, code: number, reason: string): void {
  // The whole body rides along so that a failure shows what the server said.
  expect({ status: res.status, code: res.body?.code, reason: reasonOf(res.body), body: res.body }).toEqual(
    expect.objectContaining({ status, code, reason }),
  );
  expect(typeof res.body.message).toBe('string');
  expect(Array.isArray(res.body.details)).toBe(true);
  const info = res.body.details.find((d: { '@type': string }) => d['@type'] === ERROR_INFO);
  expect(info).toMatchObject({ domain: 'tessera', reason });
}

/** 400 INVALID_ARGUMENT with a BadRequest detail naming (at least) `field`. */
export function expectInvalidField(res: Response, field: string): void {
  expectError(res, 400, 3, 'INVALID_ARGUMENT');
  expect(violatedFields(res.body)).toContain(field);
}
