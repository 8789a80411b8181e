import { Socket } from 'node:net';
import { invalidArgument } from './rpc.error';

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
    invalidArgument(
      status === 431 ? 'The request line or headers are too large.' : 'The request is malformed.',
    ).toBody(),
  );
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
