import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PermissionRegistry } from '../permissions/permission-registry';
import { RouteAccessReader } from '../permissions/route-access';
import { ORGANIZATION_PARAM, WORKSPACE_PARAM } from './permissions.guard';

/** Path segments whose following parameter the permissions guard checks, by the name it must have. */
const SCOPED_COLLECTIONS: Record<string, string> = {
  organizations: ORGANIZATION_PARAM,
  workspaces: WORKSPACE_PARAM,
};

/**
 * Isolation by construction: at start, before any request is served, every route of every module is
 * checked, and the application refuses to boot on the first mistake that would otherwise fail
 * silently open:
 * - a route that declares no access rule (@Public, @Authenticated or @RequirePermissions);
 * - @RequirePermissions naming a permission no module registered (a typo would refuse everyone, or
 *   worse, be "fixed" by loosening the route);
 * - a parameter after `organizations/` not named `organizationId`, or after `workspaces/` not named
 *   `workspaceId`: the permissions guard checks those names only, so `:orgId` would skip the
 *   organization check.
 */
@Injectable()
export class RouteAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly access: RouteAccessReader,
    private readonly registry: PermissionRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const problems = this.findProblems();
    if (problems.length > 0) {
      throw new Error(
        `Refusing to start: ${problems.length} route(s) break the access rules:\n  ${problems.join('\n  ')}`,
      );
    }
  }

  findProblems(): string[] {
    const problems: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[methodName] as object;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue; // not a route
        const route = `${controller.name}.${methodName}`;
        const paths = joinPaths(
          Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined,
          Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined,
        );
        problems.push(...this.problemsOf(route, paths, controller, handler));
      }
    }
    return problems;
  }

  private problemsOf(route: string, paths: string[], controller: object, handler: object): string[] {
    const problems: string[] = [];
    const access = this.access.ofRoute(handler, controller);
    if (!access.isPublic && !access.authenticated) {
      problems.push(`${route} declares no access rule (@Public, @Authenticated or @RequirePermissions)`);
    }
    for (const permission of access.required) {
      if (!this.registry.has(permission))
        problems.push(`${route} requires "${permission}", which no module registered`);
    }
    for (const path of paths) {
      const segments = path.split('/').filter(Boolean);
      segments.forEach((segment, i) => {
        const expected = SCOPED_COLLECTIONS[segments[i - 1]];
        if (expected && segment.startsWith(':') && segment !== `:${expected}`) {
          problems.push(
            `${route} names the parameter after "${segments[i - 1]}/" "${segment.slice(1)}", not "${expected}" (${path})`,
          );
        }
      });
    }
    return problems;
  }
}

function joinPaths(
  controllerPath: string | string[] | undefined,
  handlerPath: string | string[] | undefined,
): string[] {
  const prefixes = [controllerPath ?? ''].flat();
  const suffixes = [handlerPath ?? ''].flat();
  return prefixes.flatMap((prefix) => suffixes.map((suffix) => `${prefix}/${suffix}`));
}
