/**
 * The desk's stylesheet. Kind colours are the timeline's (Okabe–Ito, see
 * FAMILY_STYLE in core's layout), as tints behind text so it stays readable.
 */
export const DESK_CSS = `
:root{color-scheme:light;--threat:#D55E00;--offer:#009E73;--meeting:#0072B2;--rejection:#CC79A7;--other:#6F6F6F;font:14px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fafafa}
*{box-sizing:border-box}body{margin:0}
#desk{display:flex;flex-direction:column;height:100vh;height:100dvh}.top{flex:none;display:flex;align-items:center;gap:1rem;padding:.4rem 1rem;background:#fff;border-bottom:1px solid #ccc;min-height:52px}
.top h1{font-size:1.05rem;margin:0;white-space:nowrap}.top .file{font-weight:400;color:#555;font-family:ui-monospace,monospace;font-size:.9rem}
[role=tablist]{display:flex;gap:.25rem}[role=tab]{border:1px solid #bbb;background:#f1f1f1;padding:.3rem .8rem;border-radius:4px;cursor:pointer}
[role=tab][aria-selected=true]{background:#1b1b1b;color:#fff;border-color:#1b1b1b}
#status{margin:0 0 0 auto;font-size:.9rem;max-width:45%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}#status.good{color:#05683f}#status.bad{color:#a32000;font-weight:600}
button{font:inherit;padding:.3rem .7rem;border:1px solid #888;border-radius:4px;background:#fff;cursor:pointer}button:disabled{opacity:.5;cursor:default}
button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible,.card:focus,[tabindex]:focus-visible{outline:3px solid #0072B2;outline-offset:1px}
.body{display:flex;flex:1 1 auto;min-height:0}main{flex:1;min-width:0;overflow:auto;padding:.75rem 1rem}main:has(#panel-timeline:not([hidden])){padding:.35rem}
#item-form{width:420px;flex:none;overflow:auto;border-left:1px solid #ccc;background:#fff;padding:.75rem 1rem}#item-form h2{font-size:1.05rem;margin:.2rem 0 .6rem}
.field{display:flex;flex-direction:column;gap:.15rem;margin:.25rem 0;min-width:0}.field label{font-size:.8rem;color:#444;font-weight:600}
input,textarea,select{font:inherit;padding:.3rem .4rem;border:1px solid #999;border-radius:3px;background:#fff;min-width:0}textarea{resize:vertical;width:100%}
.row{display:flex;gap:.6rem;align-items:flex-end;flex-wrap:wrap}.row .field{flex:1 1 8rem}
#article{min-height:10rem}.keys{color:#555;font-size:.8rem}
.inbox{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:1rem;height:calc(100vh - 52px - 4.5rem)}
.article-pane,.cards{overflow:auto;min-height:0}.article-pane h2,.cards h2{font-size:1rem;margin:.2rem 0}
#article-view{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.75rem;line-height:1.6}
mark.hl{color:inherit;border-radius:2px;padding:0 1px;cursor:pointer}mark.current{outline:2px solid #1b1b1b}
.fam-threat mark,mark.fam-threat{background:rgba(213,94,0,.22)}mark.fam-offer{background:rgba(0,158,115,.22)}mark.fam-meeting{background:rgba(0,114,178,.2)}mark.fam-rejection{background:rgba(204,121,167,.32)}mark.fam-other{background:rgba(111,111,111,.2)}
.card{background:#fff;border:1px solid #ccc;border-left:6px solid var(--other);border-radius:4px;padding:.5rem .75rem;margin:.5rem 0}
.card.fam-threat{border-left-color:var(--threat)}.card.fam-offer{border-left-color:var(--offer)}.card.fam-meeting{border-left-color:var(--meeting)}.card.fam-rejection{border-left-color:var(--rejection)}
.card.current{box-shadow:0 0 0 2px #1b1b1b}.card.done{opacity:.7}.card header{display:flex;gap:.75rem;align-items:baseline}.confidence{color:#555;font-size:.85rem}
.card-status{margin-left:auto;font-weight:700;text-transform:uppercase;font-size:.8rem}.done.accepted .card-status,.done.merged .card-status{color:#05683f}.done.rejected .card-status{color:#a32000}
.decide{margin-top:.4rem}.accept{background:#05683f;color:#fff;border-color:#05683f}.reject{color:#a32000;border-color:#a32000}
.errors{color:#a32000;margin:.4rem 0;padding-left:1.2rem}.errors code{font-weight:700}.hint{color:#444}.field.invalid input,.field.invalid select{border-color:#a32000;border-width:2px}.field-error{color:#a32000;font-size:.8rem}
.warnings{color:#7a4a00;font-size:.85rem}.why{color:#444;font-size:.8rem;margin:.2rem 0}
table.items{border-collapse:collapse;width:100%;background:#fff;margin-top:.5rem}.items th,.items td{border-bottom:1px solid #e1e1e1;padding:.3rem .4rem;text-align:left;vertical-align:top}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.35rem;background:var(--other)}.fam-threat .swatch{background:var(--threat)}.fam-offer .swatch{background:var(--offer)}.fam-meeting .swatch{background:var(--meeting)}.fam-rejection .swatch{background:var(--rejection)}
#panel-timeline{height:100%}#timeline-frame{display:block;width:100%;height:100%;border:1px solid #ccc;background:#fff}@media (max-width:1180px){#item-form{width:360px}.top{flex-wrap:wrap;row-gap:.2rem;column-gap:.6rem;padding:.3rem .6rem}.top button{white-space:nowrap}#undo{max-width:13rem;overflow:hidden;text-overflow:ellipsis}#status{flex-basis:100%;max-width:100%;margin:0}#status:empty{display:none}}
#conflict{position:fixed;inset:4rem 10% auto;z-index:5;background:#fff;border:3px solid #a32000;padding:1rem;max-height:80vh;overflow:auto;box-shadow:0 4px 24px rgba(0,0,0,.3)}
.diff{font-size:.8rem;background:#f6f6f6;padding:.5rem;overflow:auto}.d-removed{color:#a32000;background:#fde9e4}.d-added{color:#05683f;background:#e3f5ec}
.relations{padding-left:1.2rem}details.paste-again{margin-bottom:.5rem}
fieldset.group{border:1px solid #ddd;border-radius:4px;margin:.5rem 0;padding:.2rem .6rem .4rem}fieldset.group legend{font-weight:700;font-size:.85rem;padding:0 .3rem}
.with-button{display:flex;gap:.4rem;align-items:center}.with-button input{flex:1}button.small{padding:.15rem .5rem;font-size:.85rem;white-space:nowrap}
.popover{position:fixed;z-index:6;background:#fff;border:2px solid #1b1b1b;border-radius:6px;padding:.4rem .6rem;box-shadow:0 4px 18px rgba(0,0,0,.25);max-width:calc(100vw - 8px)}.popover p{margin:0 0 .3rem;font-weight:600}
.dialog{position:fixed;z-index:7;top:4rem;left:50%;transform:translateX(-50%);width:min(560px,calc(100vw - 16px));max-height:calc(100vh - 5rem);overflow:auto;background:#fff;border:2px solid #0072B2;border-radius:6px;padding:.6rem 1rem;box-shadow:0 6px 30px rgba(0,0,0,.3)}.dialog h2{font-size:1.05rem;margin:.2rem 0 .5rem}.dialog p{margin:.2rem 0}.sentence{font-family:ui-monospace,monospace}
.tags{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;padding:0;margin:.2rem 0 .4rem}.tags li{display:inline-flex;align-items:center;gap:.25rem;border:1px solid #999;border-radius:999px;padding:0 0 0 .65rem;background:#f4f4f4}.tags li button{border-radius:999px}.field.tag-add{flex-direction:row;flex-wrap:wrap;align-items:center;gap:.4rem}.tag-add input{flex:1 1 8rem}.tag-add .field-error{flex-basis:100%}
.source-ref>.row:first-child>.field:first-child{flex:2 1 11rem}.source-ref{border-bottom:1px dashed #ccc;padding:.2rem 0 .4rem;margin-bottom:.3rem}.source-title{margin:.2rem 0;color:#444;font-size:.85rem;flex:1 1 12rem;align-self:center}.list-row .field{flex:1 1 6rem}.list-row .field:nth-child(2){flex:3 1 10rem}
@media (max-width:900px){.inbox{grid-template-columns:1fr;height:auto}.body{flex-direction:column}main{flex:1 1 58%;min-height:0}#item-form{width:auto;flex:1 1 42%;min-height:0;border-left:0;border-top:2px solid #888}.top{flex-wrap:wrap;gap:.4rem;padding:.3rem .5rem}.top h1{font-size:.95rem}#status{max-width:100%;margin:0;flex-basis:100%;white-space:normal;max-height:2.9em;overflow:hidden}#status:empty{display:none}table.items{font-size:.9rem}.items td:nth-child(3){word-break:break-word}}
@media (pointer:coarse){button,[role=tab],select,textarea,input:not([type=checkbox]){min-height:44px}button,[role=tab]{min-width:44px}button.small{padding:.3rem .7rem;font-size:inherit}}
`.trim();
