// Runs the packed @briefline/core as an app would: parse, validate, threat register, layout.
// Prints one JSON line that the pack test checks; any failure exits non-zero.
import { parseChronicle, threatRegister, validateChronicle } from "@briefline/core";
import { computeLayout } from "@briefline/core/layout";

const text = `briefline: 1
title: Packed smoke test
actors:
  - { id: alpha, name: Alpha, type: state }
  - { id: beta, name: Beta, type: state }
statements:
  - { id: s1, kind: threat, speaker: alpha, targets: [beta], date: 2025-09-05, summary: Alpha threatens Beta. }
  - { id: s2, kind: offer, speaker: beta, targets: [alpha], date: 2025-09, summary: Beta offers talks. }
`;
const parsed = parseChronicle(text, { filename: "smoke.yaml" });
if (!parsed.ok) throw new Error(`parse failed: ${JSON.stringify(parsed.errors)}`);
const invalid = validateChronicle({ briefline: 1, title: "x", statements: [{ id: "s", kind: "threat" }] });
const threats = threatRegister(parsed.chronicle);
const layout = computeLayout(parsed.chronicle, { width: 800 });
console.log(
  JSON.stringify({
    statements: parsed.chronicle.statements?.length ?? 0,
    invalidOk: invalid.ok,
    invalidPaths: invalid.ok ? [] : invalid.errors.map((e) => e.path),
    threats: threats.length,
    lanes: layout.lanes.length,
  }),
);
