import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toRpcError } from './to-rpc-error';
import { BODY_LIMIT_BYTES } from './body-limit.token';
import { Socket } from 'node:net';
import { invalidArgument, RpcError } from './rpc.error';

/** The single global filter: every error leaves the service as a google.rpc.Status body. */
@Catch()
export class RpcExceptionFilter implements ExceptionFilter {
  constructor(@Inject(BODY_LIMIT_BYTES) private readonly bodyLimitBytes: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    sendRpcError(reply, toRpcError(exception, this.bodyLimitBytes));
  }
}

export function sendRpcError(reply: FastifyReply, error: RpcError): void {
  if (reply.sent) return;
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  reply.status(error.httpStatus).header('content-type', 'application/json; charset=utf-8').send(error.toBody());
}

/**
 * For errors Node's HTTP parser raises before Fastify has a request (e.g. 431 for a request line or
 * headers over the limit): the same error body, written straight to the socket.
 */
export function writeRawRpcError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify(
    invalidArgument(status === 431 ? 'The request line or headers are too large.' : 'The request is malformed.').toBody(),
  );
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
