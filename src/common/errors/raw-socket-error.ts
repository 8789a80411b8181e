import { Socket } from 'node:net';
import { invalidArgument } from './rpc.error';

/**
 * For errors Node's HTTP parser raises before Fastify has a request (431 for a request line or
 * headers over the limit, 408 for a request not received in time): the same error body, written
 * straight to the socket, which is then closed.
 */
export function writeRawRpcError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, statusText, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request line or headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request was not received in time.']
        : [400, 'Bad Request', 'The request is malformed.'];
  const body = JSON.stringify(invalidArgument(message).toBody());
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    // HTTP server sockets allow half-open connections: close ours once the answer is out.
    () => socket.destroy(),
  );
}
