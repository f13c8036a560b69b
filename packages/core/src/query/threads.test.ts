import { describe, expect, it } from "vitest";
import { chronicle, event, relation, statement } from "../../test-fixtures/chronicles.js";
import { threadOf, threads } from "./threads.js";

const ids = (list: Array<{ id: string }>) => list.map((e) => e.id);

// An offer, rejected, repeated, rejected again; separately, a pledge and the threat answering it.
const c = chronicle({
  events: [event("paris", "summit", "2025-09-04", { participants: ["allies"] })],
  statements: [
    statement("offer", "offer", "putin", "2025-09-03", { targets: ["zelensky"] }),
    statement("dismissal", "rejection", "zelensky", "2025-09-03", { targets: ["putin"] }),
    statement("repeat", "offer", "putin", "2025-09-05", { targets: ["zelensky"] }),
    statement("rejected-again", "rejection", "zelensky", "2025-09-06", { targets: ["putin"] }),
    statement("threat", "threat", "putin", "2025-09-05", { targets: ["allies"] }),
    statement("aside", "comment", "trump", "2025-09-01"),
  ],
  relations: [
    relation("rejects", "rejected-again", "repeat"),
    relation("rejects", "dismissal", "offer"),
    relation("reiterates", "repeat", "offer"),
    relation("responds_to", "threat", "paris"),
  ],
});

describe("threads", () => {
  it("threads(chronicle) follows relations both ways into connected threads", () => {
    expect(threads(c).map((t) => ids(t.entries))).toEqual([
      ["offer", "dismissal", "repeat", "rejected-again"],
      ["paris", "threat"],
    ]);
  });

  it("threads(chronicle) roots each thread at its earliest entry; on the same day, the one written first", () => {
    expect(threads(c).map((t) => t.root.id)).toEqual(["offer", "paris"]);
  });

  it("threads(chronicle) keeps each thread's relations", () => {
    const [offers, pledge] = threads(c);
    expect(offers?.relations).toHaveLength(3);
    expect(pledge?.relations).toEqual([{ type: "responds_to", from: "threat", to: "paris" }]);
  });

  it("threads(chronicle) leaves out items no relation touches", () => {
    expect(threads(c).flatMap((t) => ids(t.entries))).not.toContain("aside");
  });

  it("threads(chronicle) orders threads by their start", () => {
    const later = chronicle({
      statements: [
        statement("b1", "offer", "putin", "2025-10-01"),
        statement("b2", "rejection", "zelensky", "2025-10-02"),
        statement("a1", "offer", "putin", "2025-09-01"),
        statement("a2", "rejection", "zelensky", "2025-09-02"),
      ],
      relations: [relation("rejects", "b2", "b1"), relation("rejects", "a2", "a1")],
    });
    expect(threads(later).map((t) => t.root.id)).toEqual(["a1", "b1"]);
  });

  it("threads(chronicle without relations) is []", () => {
    expect(threads(chronicle({ statements: [statement("s", "comment", "putin", "2025-09-01")] }))).toEqual([]);
  });

  it('threadOf(chronicle, "repeat") is the offer thread; threadOf(chronicle, "aside") is undefined', () => {
    expect(threadOf(c, "repeat")?.root.id).toBe("offer");
    expect(threadOf(c, "aside")).toBeUndefined();
  });

  it("threads does not mutate the chronicle", () => {
    const before = structuredClone(c);
    threads(c);
    expect(c).toEqual(before);
  });
});
