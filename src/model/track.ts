// What the view builders read of a resume, for validate(): the resume is wrapped in proxies that note
// the JSON pointer of every value read. A string the builders never read is not on the page, and
// validate() says so. render() never uses this.
import { pointerSegment } from './pointers';

interface Tracking {
  pointer: string;
  reads: Set<string>;
}

const tracking = new WeakMap<object, Tracking>();

/** Objects and arrays as JSON makes them; a Date (from YAML) is passed through untouched. */
function isPlainData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

function track(value: object, pointer: string, reads: Set<string>, proxies: WeakMap<object, object>): object {
  const known = proxies.get(value);
  if (known) return known;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const child: unknown = Reflect.get(target, key, receiver);
      // Only the resume's own data: not array methods, prototype members or `length`.
      if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(target, key)) return child;
      if (Array.isArray(target) && key === 'length') return child;
      const childPointer = `${pointer}/${pointerSegment(key)}`;
      reads.add(childPointer);
      return isPlainData(child) ? track(child, childPointer, reads, proxies) : child;
    },
  });
  proxies.set(value, proxy);
  tracking.set(proxy, { pointer, reads });
  return proxy;
}

/** The resume wrapped so that every read lands in `reads`, as JSON pointers. */
export function trackReads(resume: unknown, reads: Set<string>): unknown {
  return isPlainData(resume) ? track(resume, '', reads, new WeakMap()) : resume;
}

/** The JSON pointer of a tracked value (undefined outside validate()). */
export function trackedPointer(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? tracking.get(value)?.pointer : undefined;
}

/** A field's value, looked at without counting as read (to decide where it goes, not to show it). */
export function peek(container: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(container, key)?.value;
}

/** A value was read only to be skipped (wrong type): it does not count as shown. */
export function skipped(container: unknown, key: string | number): void {
  if (typeof container !== 'object' || container === null) return;
  const info = tracking.get(container);
  if (info) info.reads.delete(`${info.pointer}/${pointerSegment(String(key))}`);
}
