import { RpcError } from './rpc.error';
import { RpcCode } from './rpc-status';

/**
 * For unit specs: asserts `fn` throws INVALID_ARGUMENT (code 3, HTTP 400, ErrorInfo reason
 * INVALID_ARGUMENT) with a google.rpc.BadRequest field violation on `field`, and returns it.
 */
export function expectInvalidArgument(fn: () => unknown, field: string): RpcError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(RpcError);
  const err = caught as RpcError;
  expect(err.code).toBe(RpcCode.INVALID_ARGUMENT);
  expect(err.httpStatus).toBe(400);
  expect(err.reason).toBe('INVALID_ARGUMENT');
  const body = err.toBody();
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.details).toContainEqual({
    '@type': 'type.googleapis.com/google.rpc.BadRequest',
    field_violations: [{ field, description: expect.any(String) }],
  });
  expect(body.details).toContainEqual(
    expect.objectContaining({ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'INVALID_ARGUMENT' }),
  );
  return err;
}
