import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldViolation } from '../errors/rpc-status';
import { invalidArgument, invalidField } from '../errors/rpc.error';

/**
 * Names that class-transformer never copies onto a DTO (they exist on every object), so the
 * whitelist cannot see them: `?constructor=1` or `{"toString": 1}` would pass silently while any
 * other unknown name is refused. They are refused here, the same way.
 */
const OBJECT_MEMBER_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/**
 * The global pipe (registered as APP_PIPE): strict DTOs, unknown fields rejected, and every
 * violation reported as a google.rpc.BadRequest field violation with the wire field name.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const violations = fieldViolationsOf(errors);
        const summary = violations.map((v) => v.description).join(' ');
        return invalidArgument(summary || 'The request is invalid.', violations);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      // No body at all means "no fields" (e.g. :rotate); a JSON `null` is a body, and not an object.
      if (value === null) throw invalidField(metadata.type, 'must be a JSON object, not null.');
      if (typeof value === 'object' && !Array.isArray(value)) {
        for (const name of Object.keys(value)) {
          if (OBJECT_MEMBER_NAMES.has(name)) throw invalidField(name, `unknown field "${name}"`);
        }
      }
    }
    return super.transform(value, metadata);
  }
}

/** class-validator's errors as field violations named by wire path (`key.display_name`, `[2].token`). */
export function fieldViolationsOf(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((description) => ({
      field,
      description: description.replace(/^property (\S+) should not exist$/, 'unknown field "$1"'),
    }));
    return [...own, ...fieldViolationsOf(error.children ?? [], field)];
  });
}
