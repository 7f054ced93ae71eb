import type { Command } from 'commander';
import { registerExportBibtex } from './exportBibtex';
import { registerImportBibtex } from './importBibtex';
import { registerInit } from './init';
import { registerPdf } from './pdf';
import { registerPreview } from './preview';
import { registerRender } from './render';
import { registerValidate } from './validate';

export function registerCommands(program: Command): void {
  registerInit(program);
  registerRender(program);
  registerValidate(program);
  registerPdf(program);
  registerPreview(program);
  registerImportBibtex(program);
  registerExportBibtex(program);
}
