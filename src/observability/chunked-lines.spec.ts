import { ChunkedLines } from './logging';

function target(destroyed = false) {
  const written: string[] = [];
  return { written, destroyed, write: jest.fn((chunk: string) => written.push(chunk)) };
}

describe('ChunkedLines (the JSON log stream in front of stdout)', () => {
  it('writes lines in order, one chunk once enough has gathered', () => {
    const out = target();
    const lines = new ChunkedLines(out, 10);
    lines.write('{"a":1}\n');
    expect(out.write).not.toHaveBeenCalled();
    lines.write('{"b":2}\n');
    expect(out.written).toEqual(['{"a":1}\n{"b":2}\n']);
    lines.write('{"c":3}\n');
    lines.flush();
    expect(out.written).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n']);
  });

  it("writes nothing empty, and calls pino's flush callback", () => {
    const out = target();
    const lines = new ChunkedLines(out, 4096);
    const done = jest.fn();
    lines.flush(done);
    expect(out.write).not.toHaveBeenCalled();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('drops lines once the stream is gone, instead of piling them up', () => {
    const out = target(true);
    const lines = new ChunkedLines(out, 1);
    lines.write('x\n');
    lines.flush();
    expect(out.write).not.toHaveBeenCalled();
    out.destroyed = false;
    lines.flush();
    expect(out.write).not.toHaveBeenCalled();
  });
});
