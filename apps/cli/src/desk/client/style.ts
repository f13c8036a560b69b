export const DESK_CSS = "body{font:14px system-ui,sans-serif}";
