/** The Chromium executable the browser checks launch (BRIEFLINE_CHROMIUM or /usr/bin/chromium). */
export declare const CHROMIUM: string;
/** Options for playwright-core's `chromium.launch`: the executable and this machine's flags. */
export declare const LAUNCH: { executablePath: string; args: string[] };
