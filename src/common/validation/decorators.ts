import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { codePointLength, MAX_TITLE_CODE_POINTS } from '../text';

/**
 * A title or display name (API.md §1): a string, trimmed, 1–100 Unicode code points.
 * Emoji and other astral characters count as one each.
 */
export function IsTitle(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(options),
    ValidateBy(
      {
        name: 'isTitle',
        validator: {
          validate: (value: unknown) =>
            typeof value === 'string' &&
            codePointLength(value) >= 1 &&
            codePointLength(value) <= MAX_TITLE_CODE_POINTS,
          defaultMessage: (args) =>
            `${args?.property} must be 1 to ${MAX_TITLE_CODE_POINTS} characters after trimming`,
        },
      },
      options,
    ),
  );
}

/**
 * Optional in the body, but never null: `{"title": null}` is INVALID_ARGUMENT, unlike class-
 * validator's @IsOptional which would let it through as "absent".
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
