/**
 * `{ key: value }` when there is a value, else `{}`: for spreading optional fields into an object
 * without writing `key: undefined` (which a YAML file would keep as `null`).
 */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
