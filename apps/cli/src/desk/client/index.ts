// The desk page's script, put together from functions written in TypeScript: each part
// is a self-contained function declaration (no imports: they meet in one script scope),
// inlined with Function.prototype.toString and started by `main()`.
export const CLIENT = "function main(){}\nmain();";
