import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Principal, PRINCIPAL_PROPERTY } from '../permissions/principal';
import type { AuditTarget } from './audit-targets';

/** INVITATION: a person accepting an invitation (API.md §14), before they hold any key. */
export const ACTOR_TYPES = ['API_KEY', 'OPERATOR', 'SYSTEM', 'INVITATION'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Where a change came from: what an audit event records about its request (API.md §9). */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
  requestId: string;
}

/** Who made a change. Services that write take one and hand it to AuditLog with the change. */
export interface Actor {
  type: ActorType;
  /** Ids within the actor's organization; '' for OPERATOR and SYSTEM. */
  apiKeyId: string;
  userId: string;
  displayName: string;
  request: RequestOrigin;
  /**
   * What the actor acted through (the accepted invitation): added as a target of every event it
   * causes, so `target = <invitation>` finds the acceptance.
   */
  via?: AuditTarget;
}

const NO_REQUEST: RequestOrigin = Object.freeze({ ip: '', userAgent: '', requestId: '' });

/** The operator CLI and the first-run demo: someone with the server's own credentials. */
export const OPERATOR: Actor = Object.freeze({
  type: 'OPERATOR',
  apiKeyId: '',
  userId: '',
  displayName: 'Operator',
  request: NO_REQUEST,
});

/** Tessera itself: the expiry sweep and leak reports. */
export const SYSTEM: Actor = Object.freeze({
  type: 'SYSTEM',
  apiKeyId: '',
  userId: '',
  displayName: 'Tessera',
  request: NO_REQUEST,
});

/** Longest user agent recorded; longer ones are cut (a header is not a place to store a novel). */
export const MAX_USER_AGENT_LENGTH = 256;

type RequestFacts = Pick<FastifyRequest, 'ip' | 'id' | 'headers'>;

/** The request's address (under TRUST_PROXY), user agent (cut) and id. */
export function originOf(request: RequestFacts): RequestOrigin {
  const userAgent = request.headers['user-agent'] ?? '';
  return {
    ip: request.ip,
    userAgent: [...userAgent].slice(0, MAX_USER_AGENT_LENGTH).join(''),
    requestId: request.id,
  };
}

/** The calling key and its owner, with the request's origin. */
export function actorOf(principal: Principal, request: RequestFacts): Actor {
  return {
    type: 'API_KEY',
    apiKeyId: principal.apiKeyId,
    userId: principal.userId,
    displayName: principal.userDisplayName,
    request: originOf(request),
  };
}

/** Someone accepting an invitation: named by the user the acceptance creates, acting through it. */
export function invitationActor(
  userId: string,
  displayName: string,
  request: RequestOrigin,
  invitation: AuditTarget,
): Actor {
  return { type: 'INVITATION', apiKeyId: '', userId, displayName, request, via: invitation };
}

/** The authenticated caller as the actor of the changes this request makes. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
  const principal = request[PRINCIPAL_PROPERTY] as Principal | undefined;
  if (!principal) throw new Error('@CurrentActor() used on a route without authentication');
  return actorOf(principal, request);
});
