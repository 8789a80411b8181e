import { ApiOkResponse } from '@nestjs/swagger';

/** The component schema of `{}` (google.protobuf.Empty), defined in openapi.ts. */
export const EMPTY_SCHEMA = 'Empty';

/** A delete (API.md §1): 200 with `{}`, documented as exactly that, not as "some object". */
export const ApiEmptyResponse = (description: string) =>
  ApiOkResponse({ description, schema: { $ref: `#/components/schemas/${EMPTY_SCHEMA}` } });
