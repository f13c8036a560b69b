export { renderChronicleReference } from "./chronicle-reference.js";
