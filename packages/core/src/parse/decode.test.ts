import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

/** The error of bytes that must not decode. */
function refused(input: Uint8Array) {
  const result = decodeText(input, "c.yaml");
  if (result.ok) throw new Error("expected the bytes to be refused");
  return result.error;
}

describe("decodeText", () => {
  it("decodeText(UTF-8) returns the text", () => {
    expect(decodeText(utf8("briefline: 1\ntitle: Путин\n"))).toEqual({
      ok: true,
      text: "briefline: 1\ntitle: Путин\n",
    });
  });

  it("decodeText(UTF-8 with a BOM) drops the BOM", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "a: 1"))).toEqual({ ok: true, text: "a: 1" });
  });

  it("decodeText(UTF-16 LE and BE with a BOM) decodes them", () => {
    const le = [0xff, 0xfe, ..."a: 1".split("").flatMap((c) => [c.charCodeAt(0), 0])];
    const be = [0xfe, 0xff, ..."a: 1".split("").flatMap((c) => [0, c.charCodeAt(0)])];
    expect(decodeText(new Uint8Array(le))).toEqual({ ok: true, text: "a: 1" });
    expect(decodeText(new Uint8Array(be))).toEqual({ ok: true, text: "a: 1" });
  });

  it("decodeText(empty bytes) is the empty text (the parser then says the file is empty)", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "" });
  });

  it("decodeText(a NUL byte) refuses binary input at the NUL's line and column", () => {
    expect(refused(utf8("a: 1\nb: x\u0000y\n"))).toEqual({
      severity: "error",
      code: "bad-encoding",
      path: [],
      message: "the file contains a NUL byte: it looks binary, not text",
      hint: "give a YAML or JSON text file",
      line: 2,
      column: 5,
      file: "c.yaml",
    });
  });

  it("decodeText(an invalid byte) gives its byte offset, line and column", () => {
    expect(refused(bytes("a: 1\nbé: ", [0xff, 0x41]))).toMatchObject({
      code: "bad-encoding",
      message: "invalid UTF-8 at byte 10",
      line: 2,
      column: 5,
      hint: expect.stringContaining("save the file as UTF-8"),
    });
  });

  it("decodeText(Latin-1 text) is refused, not turned into U+FFFD", () => {
    expect(refused(bytes("title: caf", [0xe9], "\n")).message).toBe("invalid UTF-8 at byte 10");
  });

  it("decodeText(a sequence cut short) is refused at its first byte", () => {
    expect(refused(bytes("a: 1\nb", [0xe2, 0x82]))).toMatchObject({
      message: "invalid UTF-8 at byte 6",
      line: 2,
      column: 2,
    });
  });

  it("decodeText(an overlong form) is refused at its first byte", () => {
    expect(refused(bytes("xy", [0xc0, 0x80])).message).toBe("invalid UTF-8 at byte 2");
    expect(refused(bytes("xy", [0xe0, 0x80, 0x80])).message).toBe("invalid UTF-8 at byte 2");
    expect(refused(bytes("xy", [0xf0, 0x80, 0x80, 0x80])).message).toBe("invalid UTF-8 at byte 2");
  });

  it("decodeText(an encoded surrogate) is refused at its first byte", () => {
    expect(refused(bytes("a: 1\nb", [0xed, 0xa0, 0x80]))).toMatchObject({
      message: "invalid UTF-8 at byte 6",
      line: 2,
    });
  });

  it("decodeText(a code point above U+10FFFF) is refused at its first byte", () => {
    expect(refused(bytes("xy", [0xf4, 0x90, 0x80, 0x80])).message).toBe("invalid UTF-8 at byte 2");
  });

  it("decodeText(the largest code points) decodes them", () => {
    expect(decodeText(utf8("\u{10FFFF}\uFFFD\u{1F600}"))).toEqual({ ok: true, text: "\u{10FFFF}\uFFFD\u{1F600}" });
  });

  it("decodeText(a UTF-16 BOM with an odd byte count) says the UTF-16 is broken, not the UTF-8", () => {
    expect(refused(new Uint8Array([0xff, 0xfe, 0x61])).message).toBe(
      "the file starts with a UTF-16LE byte-order mark but is not valid UTF-16LE",
    );
  });

  it("decodeText(an invalid byte after CRLF lines) counts lines as an editor does", () => {
    expect(refused(bytes("a: 1\r\nb: ", [0xff]))).toMatchObject({ line: 2, column: 4 });
  });

  it("decodeText does not modify the bytes", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "a: 1");
    const copy = input.slice();
    decodeText(input);
    expect(input).toEqual(copy);
  });
});
