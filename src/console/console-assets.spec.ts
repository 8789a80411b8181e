import { join } from 'node:path';
import { consoleAssetsDirectory } from './console-assets';

describe(consoleAssetsDirectory.name, () => {
  const root = join(__dirname, '..', '..');

  it('is dist/console of the project, from the sources (tests) and from the build (npm start, Docker) alike', () => {
    expect(consoleAssetsDirectory(join(root, 'src', 'console'))).toBe(join(root, 'dist', 'console'));
    expect(consoleAssetsDirectory(join(root, 'dist', 'src', 'console'))).toBe(join(root, 'dist', 'console'));
  });
});
