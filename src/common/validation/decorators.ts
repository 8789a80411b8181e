import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { codePointLength, isWellFormed, MAX_EMAIL_LENGTH, MAX_TITLE_CODE_POINTS } from '../text';
import { isValidEmail, isValidTitle } from './text-rules';

/**
 * A title or display name (API.md §1): a string, trimmed, 1–100 Unicode code points.
 * Emoji and other astral characters count as one each (as JSON Schema's minLength/maxLength do).
 */
export function IsTitle(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'string', minLength: 1, maxLength: MAX_TITLE_CODE_POINTS }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(options),
    ValidateBy(
      {
        name: 'isTitle',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isValidTitle(value),
          defaultMessage: (args) =>
            `${args?.property} must be 1 to ${MAX_TITLE_CODE_POINTS} valid Unicode characters after trimming`,
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

/**
 * Free text (e.g. icons) of valid Unicode (no lone surrogates) and at most `maxCodePoints`
 * characters, counted as MySQL's varchar counts them (code points, not UTF-16 units).
 */
export function IsText(maxCodePoints: number): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'string', maxLength: maxCodePoints }),
    IsString(),
    ValidateBy({
      name: 'isText',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isWellFormed(value) && codePointLength(value) <= maxCodePoints,
        defaultMessage: (args) => `${args?.property} must be valid Unicode text of at most ${maxCodePoints} characters`,
      },
    }),
  );
}

/**
 * An email address (trimmed, at most 254 characters). Checked for valid Unicode first: the
 * underlying validator throws on lone surrogates, which would otherwise surface as a 500.
 */
export function IsEmailAddress(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'string', maxLength: MAX_EMAIL_LENGTH, example: 'sam@example.com' }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    ValidateBy({
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidEmail(value),
        defaultMessage: (args) => `${args?.property} must be an email address`,
      },
    }),
  );
}

/**
 * One of a fixed list of values (an enum of API.md), documented as that list in its order. The
 * OpenAPI enum comes from the list, not from the property's TypeScript union, whose order the
 * compiler does not fix (and the generated client must not change with it).
 */
export function IsOneOf(values: readonly string[]): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ enum: [...values] }),
    IsIn(values, { message: (args) => `${args.property} must be one of: ${values.join(', ')}` }),
  );
}
