import { Type } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';

/**
 * The request body with one example that succeeds as it is (Swagger UI pre-fills "Try it out" with
 * it). Without one, Swagger UI invents a body from the schema, optional fields included, which
 * the API then refuses (e.g. `permissions` with PERMISSION_LEVEL_ALL).
 */
export const ApiExampleBody = (type: Type<unknown>, value: object, options: { required?: boolean } = {}) =>
  ApiBody({ type, required: options.required ?? true, examples: { example: { summary: 'Works as is', value } } });
