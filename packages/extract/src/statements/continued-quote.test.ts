import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Sentences written for these tests (issue 14: statements with no reporting verb of their own); no evaluation text.
describe("continuedQuote: a quote that goes on in the next sentence", () => {
  it("gives a sentence that is all quote, after a quoted statement, to the same speaker with its own kind", () => {
    const read = readOf(
      'Trade minister Lin Hao spoke on Monday. "The levies are a mistake," Lin said. "China would not accept any form of tutelage."',
    );
    expect(read).toMatchObject([
      { kind: "accusation", speaker: "Lin Hao" },
      { kind: "rejection", speaker: "Lin Hao", quote: "China would not accept any form of tutelage" },
    ]);
  });

  it("makes nothing of a continued quote that is only a comment", () => {
    const read = readOf(
      'Trade minister Lin Hao spoke on Monday. "The levies are a mistake," Lin said. "We spoke for an hour."',
    );
    expect(read).toHaveLength(1);
  });

  it("does not carry a quote over to a new paragraph", () => {
    const read = readOf(
      'Trade minister Lin Hao spoke on Monday. "The levies are a mistake," Lin said.\n\n"China would not accept any form of tutelage."',
    );
    expect(read).toHaveLength(1);
  });
});
