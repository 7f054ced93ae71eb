// `--variant NAME`: one of the option sets in meta.themeOptions.variants, applied over the others.
import { CliError } from './errors';
import { obj as record } from '../model/read';

type Json = Record<string, unknown>;

function themeOptionsOf(resume: Json): Json {
  return record(record(resume.meta).themeOptions);
}

/** The names of the variants the resume defines (those whose options are an object). */
function variantNames(resume: Json): string[] {
  const variants = record(themeOptionsOf(resume).variants);
  return Object.keys(variants).filter((name) => record(variants[name]) === variants[name]);
}

function knownVariants(names: string[]): string {
  return names.length
    ? `its variants are: ${names.join(', ')}`
    : 'it defines none (add them under meta.themeOptions.variants, e.g. "variants": { "short": { "selectedPublicationsOnly": true } })';
}

/** Exits 2 when the resume has no variant of that name, listing those it has. */
export function checkVariant(resume: Json, name: string | undefined, source: string): void {
  if (name === undefined) return;
  const names = variantNames(resume);
  if (!names.includes(name)) throw new CliError(`${source}: no variant named "${name}"; ${knownVariants(names)}`);
}

/** A warning when meta.themeOptions.variant names a variant the resume does not have (render() ignores it). */
function unknownMetaVariant(resume: Json, source: string): string | undefined {
  const { variant } = themeOptionsOf(resume);
  if (typeof variant !== 'string' || !variant.trim()) return undefined;
  const names = variantNames(resume);
  return names.includes(variant.trim())
    ? undefined
    : `${source}: meta.themeOptions.variant "${variant}" is not a variant of this resume, so none is applied; ${knownVariants(names)}`;
}

/**
 * The resume with the variant's options written into meta.themeOptions and no variant left to
 * choose, so that what the command line sets itself (the paper of `pdf --paper`) still wins over it.
 * Without a name, the variant of meta.themeOptions.variant, if the resume has it.
 */
function withVariant(resume: Json, name: string | undefined): Json {
  const themeOptions = themeOptionsOf(resume);
  const chosen = name ?? (typeof themeOptions.variant === 'string' ? themeOptions.variant.trim() : undefined);
  if (!chosen || !variantNames(resume).includes(chosen)) return resume;
  const { variant: _chosen, ...options } = { ...themeOptions, ...record(record(themeOptions.variants)[chosen]) };
  return { ...resume, meta: { ...record(resume.meta), themeOptions: options } };
}

/** Checks `--variant`, warns about a meta.themeOptions.variant that names none, and returns the resume to render. */
export function resumeForVariant(resume: Json, name: string | undefined, source: string): Json {
  checkVariant(resume, name, source);
  const warning = name === undefined ? unknownMetaVariant(resume, source) : undefined;
  if (warning) process.stderr.write(`warning: ${warning}\n`);
  return withVariant(resume, name);
}
