import { describe, expect, it } from "vitest";
import { emptyFilter } from "../state.js";
import { dateFilterProblem } from "./filters.js";

// Issue 12, item 11: the date boxes say why they do not filter.
describe("dateFilterProblem", () => {
  it('dateFilterProblem(from "Sept 2017") says the date is ignored and how to write it', () => {
    expect(dateFilterProblem({ ...emptyFilter(), from: "Sept 2017" }, "UTC")).toEqual({
      side: "from",
      message: 'from "Sept 2017" is not a date (ignored): write e.g. 2017-09 or 2017-09-05',
    });
  });

  it("dateFilterProblem(from after to) says nothing can match, and why", () => {
    expect(dateFilterProblem({ ...emptyFilter(), from: "2017-10", to: "2017-09" }, "UTC")?.message).toBe(
      "from 2017-10 is after to 2017-09: nothing can match",
    );
  });

  it("dateFilterProblem(sound dates) is undefined", () => {
    expect(dateFilterProblem({ ...emptyFilter(), from: "2017-09", to: "2017-10" }, "UTC")).toBeUndefined();
  });
});
