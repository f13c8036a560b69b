// How the benchmarks launch Debian's Chromium through playwright-core: the executable
// (BRIEFLINE_CHROMIUM overrides it) and the flags the guide prescribes for this machine.

export const CHROMIUM = process.env.BRIEFLINE_CHROMIUM ?? "/usr/bin/chromium";

/** Options for `chromium.launch`. */
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
