import { HttpException, Logger, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { RpcCode } from './rpc-status';
import { notFound } from './rpc.error';
import { toRpcError } from './to-rpc-error';

const driverError = (code: string, message = code) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

describe('toRpcError', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it('logs an unknown error with its error id and the request id (API.md §12), answers INTERNAL', () => {
    const error = jest.mocked(Logger.prototype.error);
    error.mockClear();
    const e = toRpcError(new Error('boom'), 1024, 'req-123');
    expect(e.httpStatus).toBe(500);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toMatch(
      /^Unhandled error [0-9a-f-]{36} \(request_id req-123\): Error: boom/,
    );
  });

  it('passes RpcErrors through', () => {
    const e = notFound('x');
    expect(toRpcError(e, 1024)).toBe(e);
  });

  it.each(['ECONNREFUSED', 'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ER_CON_COUNT_ERROR', 'ETIMEDOUT'])(
    'maps the unreachable-database error %s to 503 UNAVAILABLE',
    (code) => {
      const e = toRpcError(driverError(code), 1024);
      expect(e.code).toBe(RpcCode.UNAVAILABLE);
      expect(e.httpStatus).toBe(503);
    },
  );

  it('maps mysql2 pool exhaustion to 503', () => {
    expect(toRpcError(new Error('Queue limit reached.'), 1024).httpStatus).toBe(503);
  });

  it.each(['SQLITE_CONSTRAINT_FOREIGNKEY', 'ER_NO_REFERENCED_ROW_2'])(
    'maps the foreign-key violation %s to FAILED_PRECONDITION',
    (code) => {
      const e = toRpcError(driverError(code), 1024);
      expect(e.code).toBe(RpcCode.FAILED_PRECONDITION);
      expect(e.httpStatus).toBe(400);
    },
  );

  it('maps framework statuses: 404/405 → NOT_FOUND, 413 and 415 keep their status with INVALID_ARGUMENT', () => {
    expect(toRpcError(new NotFoundException(), 1024).code).toBe(RpcCode.NOT_FOUND);
    expect(toRpcError(new HttpException('x', 405), 1024).code).toBe(RpcCode.NOT_FOUND);
    const tooLarge = toRpcError(new PayloadTooLargeException(), 1024);
    expect([tooLarge.code, tooLarge.httpStatus]).toEqual([RpcCode.INVALID_ARGUMENT, 413]);
    const media = toRpcError(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 }), 1024);
    expect([media.code, media.httpStatus]).toEqual([RpcCode.INVALID_ARGUMENT, 415]);
  });

  it('answers anything unknown as INTERNAL with an error id and no internals', () => {
    const e = toRpcError(new TypeError('secret internals at /src/x.ts:12'), 1024);
    expect(e.code).toBe(RpcCode.INTERNAL);
    expect(e.httpStatus).toBe(500);
    const body = JSON.stringify(e.toBody());
    expect(body).not.toContain('internals');
    expect(e.metadata.error_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(e.message).toContain(e.metadata.error_id);
  });
});
