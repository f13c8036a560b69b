// How every browser check of Briefline (the e2e tests, the docs' screenshots, the
// benchmarks) launches Debian's Chromium through playwright-core: the executable
// (BRIEFLINE_CHROMIUM overrides it) and the flags this machine needs. Never downloads a browser.

export const CHROMIUM = process.env.BRIEFLINE_CHROMIUM ?? "/usr/bin/chromium";

/** Options for playwright-core's `chromium.launch`. */
export const LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
