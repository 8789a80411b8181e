import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toRpcError } from './to-rpc-error';
import { BODY_LIMIT_BYTES } from './body-limit.token';
import { RpcError } from './rpc.error';

/** The single global filter: every error leaves the service as a google.rpc.Status body. */
@Catch()
export class RpcExceptionFilter implements ExceptionFilter {
  constructor(@Inject(BODY_LIMIT_BYTES) private readonly bodyLimitBytes: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const requestId = host.switchToHttp().getRequest<FastifyRequest | undefined>()?.id;
    sendRpcError(reply, toRpcError(exception, this.bodyLimitBytes, requestId));
  }
}

export function sendRpcError(reply: FastifyReply, error: RpcError): void {
  if (reply.sent) return;
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  reply.status(error.httpStatus).header('content-type', 'application/json; charset=utf-8').send(error.toBody());
}
