import type { FormatReader } from '../../../sources/format.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { isRecord, str } from '../../../sources/values.js';
import { collectVm, field, readGuestNics, toolsRunning, vimArray } from './vm.js';

/** The properties of one object: an ObjectUpdate's `changeSet` or an ObjectContent's `propSet`. */
function properties(item: unknown): { list: readonly unknown[]; key: string } | undefined {
  if (!isRecord(item) || !isRecord(field(item, 'obj').value)) return undefined;
  for (const name of ['changeSet', 'propSet']) {
    const { value, key } = field(item, name);
    if (Array.isArray(value)) return { list: value, key };
  }
  return undefined;
}

function objects(value: unknown): readonly unknown[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  return items.length > 0 && properties(items[0]) !== undefined ? items : undefined;
}

function readObject(item: unknown, path: Path, context: ReadContext): boolean {
  const obj = field(item, 'obj').value;
  if (field(obj, 'type').value !== 'VirtualMachine') return false;
  const props = properties(item);
  if (!props) context.fail(path, 'object without changeSet or propSet');
  const byName = new Map<string, { value: unknown; path: Path }>();
  props.list.forEach((prop, at) => {
    const name = str(field(prop, 'name').value);
    const val = field(prop, 'val');
    if (name) byName.set(name, { value: val.value, path: [...path, props.key, at, val.key] });
  });
  const value = (name: string) => byName.get(name)?.value;
  const net = byName.get('guest.net');
  const nics = net ? vimArray(net.value, 'GuestNicInfo') : undefined;
  collectVm(
    {
      moref: str(field(obj, 'value').value),
      name: str(value('name')),
      uuid: str(value('config.uuid')) ?? str(value('summary.config.uuid')),
      toolsRunning: toolsRunning(value('guest.toolsRunningStatus')),
      nics: net && nics ? readGuestNics(nics.items, [...net.path, ...nics.path]) : undefined,
      origin: context.origin(path),
    },
    path,
    context,
  );
  return true;
}

/**
 * `govc object.collect -json -type m / name config.uuid guest.toolsRunningStatus guest.net | jq -s .`: one
 * ObjectUpdate per VM (`obj`, `changeSet` of `{name, op, val}`), PascalCase before govc 0.31. ObjectContent
 * (`propSet`), as the SDKs print it, is read too. Objects other than VMs are skipped.
 */
export const govcObjectCollect: FormatReader = {
  id: 'govc-object-collect',
  producedBy: 'govc object.collect -json -type m / name config.uuid guest.toolsRunningStatus guest.net',
  matches: (value) => objects(value) !== undefined,
  read(value, context) {
    const items = objects(value)!;
    const single = !Array.isArray(value);
    let count = 0;
    items.forEach((item, i) => {
      if (readObject(item, single ? [] : [i], context)) count++;
    });
    context.builder.markPresent('instances');
    return count;
  },
};
