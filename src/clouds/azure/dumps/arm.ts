import type { Path } from '../../../sources/context.js';
import { isRecord, type Json } from '../../../sources/values.js';

/**
 * One Resource Manager object as the az CLI prints it, with its `properties` lifted to the top
 * (`enableIpForwarding`, `ipConfigurations[].privateIpAddress`), or as the REST API and `az rest` return it,
 * nested in `properties` (`properties.enableIPForwarding`), sub-resources (IP configurations, routes, rules,
 * subnets) alike.
 */
export interface ArmObject {
  /** The object's fields, `properties` lifted to the top. */
  readonly fields: Json;
  /** Where one field is in the file: inside `properties` when the object nests it there. */
  at(key: string): Path;
}

export function armObject(object: Json, path: Path): ArmObject {
  const properties = object.properties;
  if (!isRecord(properties)) return { fields: object, at: (key) => [...path, key] };
  return {
    fields: { ...object, ...properties },
    at: (key) => (key in properties ? [...path, 'properties', key] : [...path, key]),
  };
}
