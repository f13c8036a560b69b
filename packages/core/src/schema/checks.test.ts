import { afterEach, describe, expect, it, vi } from "vitest";
import { chronicle } from "../../test-fixtures/chronicles.js";
import { checkZone } from "./checks.js";
import type { Issue } from "./issue.js";

describe("checkZone", () => {
  afterEach(() => vi.restoreAllMocks());

  it("checkZone(UTC) accepts the default zone without asking Intl (ICU's set-up costs a short run 30–40 ms)", () => {
    const made = vi.spyOn(Intl, "DateTimeFormat");
    const issues: Issue[] = [];
    expect(checkZone(chronicle({ timezone: "UTC" }), issues)).toBe("UTC");
    expect(checkZone(chronicle({}), issues)).toBe("UTC");
    expect(issues).toEqual([]);
    expect(made).not.toHaveBeenCalled();
  });

  it("checkZone(other zones) still asks Intl: a known one is kept, an unknown one is an error", () => {
    const issues: Issue[] = [];
    expect(checkZone(chronicle({ timezone: "Europe/Moscow" }), issues)).toBe("Europe/Moscow");
    expect(checkZone(chronicle({ timezone: "Moscow" }), issues)).toBe("UTC");
    expect(issues).toMatchObject([{ code: "invalid-timezone", hint: 'did you mean "Europe/Moscow"?' }]);
  });
});
