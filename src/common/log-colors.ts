/**
 * Coloured log lines only on a terminal, and never with NO_COLOR set (https://no-color.org):
 * escape codes in a log file or a CI transcript are noise.
 */
export function useLogColors(stream: NodeJS.WriteStream = process.stdout): boolean {
  return stream.isTTY === true && !process.env.NO_COLOR;
}
