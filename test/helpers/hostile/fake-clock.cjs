// Preloaded (node --require) by determinism.test.ts: a clock stopped in 1999 and a random source
// that always returns the same number. A theme that read either would render different bytes.
const RealDate = Date;
const FROZEN = RealDate.UTC(1999, 11, 31, 23, 59, 59);
class FrozenDate extends RealDate {
  constructor(...args) {
    super(...(args.length ? args : [FROZEN]));
  }
  static now() {
    return FROZEN;
  }
}
globalThis.Date = FrozenDate;
Math.random = () => 0.123456789;
