/** Why a font cannot be used, found by Briefline (not an error thrown inside fontkit). */
export class FontRefused extends RangeError {}
