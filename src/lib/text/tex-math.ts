import temml from 'temml';

/**
 * TeX math as MathML, rendered at build time by Temml (MathML Core renders in browsers without any
 * script), or undefined when Temml cannot parse it, so the caller shows the source as text. Temml's
 * `trust` stays off: `\href`, `\class` and the like are refused, so the output holds only MathML.
 */
export function texToMathml(tex: string, display = false): string | undefined {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, maxExpand: 100 });
  } catch {
    return undefined;
  }
}
