import { ChunkedLines } from './logging';

function target() {
  const written: string[] = [];
  return {
    written,
    destroyed: false,
    write: jest.fn((chunk: string) => written.push(chunk) > 0),
    flush: jest.fn(),
    flushSync: jest.fn(),
  };
}

describe('ChunkedLines (the JSON log stream in front of sonic-boom)', () => {
  it('passes lines on in order, one chunk once enough has gathered', () => {
    const out = target();
    const lines = new ChunkedLines(10);
    lines.target = out;
    lines.write('{"a":1}\n');
    expect(out.write).not.toHaveBeenCalled();
    lines.write('{"b":2}\n');
    expect(out.written).toEqual(['{"a":1}\n{"b":2}\n']);
    lines.write('{"c":3}\n');
    lines.flush();
    expect(out.written).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n']);
    expect(out.flush).toHaveBeenCalled();
  });

  it('on exit passes what is left and writes it synchronously', () => {
    const out = target();
    const lines = new ChunkedLines(4096);
    lines.target = out;
    lines.write('last\n');
    lines.flushSync();
    expect(out.written).toEqual(['last\n']);
    expect(out.flushSync).toHaveBeenCalled();
  });

  it('keeps nothing back and writes nothing empty when flushed with no line', () => {
    const out = target();
    const lines = new ChunkedLines(4096);
    lines.target = out;
    lines.flush();
    lines.flushSync();
    expect(out.write).not.toHaveBeenCalled();
  });

  it('does not touch a destroyed stream', () => {
    const out = { ...target(), destroyed: true };
    const lines = new ChunkedLines(1);
    lines.target = out;
    lines.write('x\n');
    lines.flush();
    lines.flushSync();
    expect(out.write).not.toHaveBeenCalled();
    expect(out.flush).not.toHaveBeenCalled();
    expect(out.flushSync).not.toHaveBeenCalled();
  });
});
