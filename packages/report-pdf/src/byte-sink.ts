/**
 * A growing buffer that bytes and Latin-1 strings are appended to. Thousands of small
 * chunks kept until the end of a document (each page's operators, each object of the
 * file) outlived the young generation and made every garbage collection copy them;
 * copied into one buffer they die young.
 *
 * @example
 * const sink = new ByteSink();
 * sink.append("BT /F1 9 Tf ET\n");
 * sink.bytes() // the bytes written, as one Buffer
 */
export class ByteSink {
  private buf: Buffer;
  private len = 0;

  constructor(initial = 16_384) {
    this.buf = Buffer.allocUnsafe(initial);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  /** Appends bytes, or a string one byte per character (its low 8 bits, as pdfkit encodes). */
  append(chunk: string | Uint8Array): void {
    const size = chunk.length;
    if (this.len + size > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + size));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
    }
    if (typeof chunk === "string") this.len += this.buf.write(chunk, this.len, "latin1");
    else {
      this.buf.set(chunk, this.len);
      this.len += size;
    }
  }

  /** The bytes written, as a view (no copy): valid until the next append. */
  view(): Buffer {
    return this.buf.subarray(0, this.len);
  }

  /** The bytes written, copied into a buffer of their own size. */
  bytes(): Buffer {
    return Buffer.from(this.view());
  }
}
