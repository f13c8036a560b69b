import fc from "fast-check";

// Property tests draw a new seed on every run, so runs on a developer's machine keep
// exploring new cases. .ci/run sets FC_SEED from the commit, so CI on a given commit
// always draws the same cases: a red run can be replayed, and a green one stays green.
// A failure prints its seed and path either way (fast-check's report).
const seed = process.env.FC_SEED?.trim();
if (seed) {
  const value = Number(seed);
  if (!Number.isSafeInteger(value)) throw new Error(`FC_SEED must be an integer, got "${seed}"`);
  fc.configureGlobal({ seed: value | 0 });
}
