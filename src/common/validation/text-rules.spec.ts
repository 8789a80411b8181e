import { isValidEmail, isValidTitle } from './text-rules';

describe('isValidTitle', () => {
  it.each([
    ['A', true],
    ['😀'.repeat(100), true],
    ['😀'.repeat(101), false],
    ['', false],
    ['a\ud800b', false],
  ])('%j → %s', (value, expected) => expect(isValidTitle(value)).toBe(expected));
});

describe('isValidEmail', () => {
  it.each([
    ['ada@acme.io', true],
    ['élodie@exemple.fr', true],
    ['not-an-email', false],
    ['\ud800@x.test', false],
    [`${'a'.repeat(250)}@x.io`, false],
  ])('%j → %s', (value, expected) => expect(isValidEmail(value)).toBe(expected));
});
