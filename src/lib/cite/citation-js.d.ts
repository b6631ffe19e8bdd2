// Citation.js ships no type declarations; these cover the calls this project makes.

declare module '@citation-js/name' {
  /** A name in CSL-JSON form. */
  export interface CslName {
    given?: string;
    family?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    suffix?: string;
    literal?: string;
  }
  /** Splits a personal name ("Given Family" or "Family, Given") into CSL-JSON parts. */
  export function parse(name: string): CslName;
}

declare module '@citation-js/core' {
  const core: {
    plugins: {
      input: {
        /** Parses any input Citation.js knows (CSL-JSON text or objects, …) into CSL-JSON items. */
        chain(input: unknown, options?: Record<string, unknown>): object[];
      };
      output: {
        /** Formats CSL-JSON items with a registered output plugin (`bibliography`, …). */
        format(format: string, data: object[], options?: Record<string, unknown>): string;
      };
    };
  };
  export default core;
}

declare module '@citation-js/plugin-csl';
