// What a web app bundles: the embeddable timeline, nothing else.
import { createTimeline } from "@briefline/timeline-web";

globalThis.briefline = { createTimeline };
