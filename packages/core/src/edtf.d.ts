declare module "edtf" {
  interface ParsedDate {
    type: "Date" | "Interval" | "Season" | "Set" | "List" | "Year" | "Decade" | "Century";
    level: number;
    values: Array<number | ParsedDate | null>;
    offset?: number;
    timeZone?: string;
    uncertain?: boolean | number;
    approximate?: boolean | number;
    unspecified?: boolean | number;
  }
  export function parse(input: string, options?: { level?: number; types?: string[] }): ParsedDate;
  interface EdtfValue {
    min: number;
    max: number | null;
  }
  export default function edtf(input: string): EdtfValue;
}
