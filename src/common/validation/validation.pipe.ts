import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldViolation } from '../errors/rpc-status';
import { invalidArgument } from '../errors/rpc.error';

/**
 * The global pipe (registered as APP_PIPE): strict DTOs, unknown fields rejected, and every
 * violation reported as a google.rpc.BadRequest field violation with the wire field name.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const violations = flatten(errors);
      const summary = violations.map((v) => v.description).join(' ');
      return invalidArgument(summary || 'The request is invalid.', violations);
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((description) => ({
      field,
      description: description.replace(/^property (\S+) should not exist$/, 'unknown field "$1"'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
