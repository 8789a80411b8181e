import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AUTHENTICATED_ONLY,
  IS_PUBLIC,
  REQUIRED_PERMISSIONS,
  REQUIRES_ALL_WORKSPACES,
  REQUIRES_CURRENT_SECRET,
} from './decorators';
import { PermissionName } from './permission.types';

/** A route's access rule, as its decorators (handler first, then class) declare it. */
export interface RouteAccess {
  isPublic: boolean;
  /** @Authenticated or @RequirePermissions: a valid key is needed. */
  authenticated: boolean;
  required: readonly PermissionName[];
  requiresAllWorkspaces: boolean;
  /** Refused to a key authenticated with its rotated-out secret. */
  requiresCurrentSecret: boolean;
}

/**
 * Reads a route's access rule once and remembers it: decorator metadata never changes after
 * start, so the guards ask the Reflector once per route instead of several times per request.
 */
@Injectable()
export class RouteAccessReader {
  private readonly byClass = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(private readonly reflector: Reflector) {}

  of(context: ExecutionContext): RouteAccess {
    return this.ofRoute(context.getHandler(), context.getClass());
  }

  ofRoute(handler: object, controller: object): RouteAccess {
    let byHandler = this.byClass.get(controller);
    if (!byHandler) {
      byHandler = new WeakMap();
      this.byClass.set(controller, byHandler);
    }
    let access = byHandler.get(handler);
    if (!access) {
      access = this.read([handler, controller]);
      byHandler.set(handler, access);
    }
    return access;
  }

  private read(targets: [object, object]): RouteAccess {
    const get = <T>(key: string) => this.reflector.getAllAndOverride<T | undefined>(key, targets as never);
    const required = get<PermissionName[]>(REQUIRED_PERMISSIONS);
    return Object.freeze({
      isPublic: get<boolean>(IS_PUBLIC) === true,
      authenticated: required !== undefined || get<boolean>(AUTHENTICATED_ONLY) === true,
      required: Object.freeze([...(required ?? [])]),
      requiresAllWorkspaces: get<boolean>(REQUIRES_ALL_WORKSPACES) === true,
      requiresCurrentSecret: get<boolean>(REQUIRES_CURRENT_SECRET) === true,
    });
  }
}
