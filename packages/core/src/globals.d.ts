// Core runs in Node and in browsers; it declares the one web-platform global it uses
// instead of pulling in the DOM or Node typings (which would let fs or document slip in).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
