/**
 * English counts for the CLI and the task pane alike. Pure and light (no decimal.js), so the
 * pane's main thread can use it through src/engine/light.ts.
 */

const EN_PLURAL = new Intl.PluralRules("en-US");

/**
 * "0 findings", "1 finding", "2 findings", "1,200 people": an English count with its noun's
 * plural (`other`: the irregular ones, "people"); English number style.
 */
export function countEn(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${EN_PLURAL.select(n) === "one" ? one : other}`;
}
