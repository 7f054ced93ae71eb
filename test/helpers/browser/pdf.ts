// Reads printed PDFs with pdf-lib: pages, their sizes, and the link annotations on each page.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export interface PdfFacts {
  pageCount: number;
  /** Width and height of each page in points (1/72 in). */
  pageSizes: { width: number; height: number }[];
  /** The URI of every link annotation, page by page. */
  linksByPage: string[][];
}

function linkUri(annotation: PDFDict): string | undefined {
  if (annotation.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) return undefined;
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.lookup(PDFName.of('URI'));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages();
  return {
    pageCount: doc.getPageCount(),
    pageSizes: pages.map((page) => page.getSize()),
    linksByPage: pages.map((page) => {
      const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      if (!annotations) return [];
      return annotations
        .asArray()
        .map((ref) => linkUri(doc.context.lookup(ref, PDFDict)))
        .filter((uri): uri is string => uri !== undefined);
    }),
  };
}

/** Paper sizes in points, as Chromium prints them. */
export const PAPER = {
  A4: { width: 595.92, height: 842.88 },
  Letter: { width: 612, height: 792 },
} as const;

export function isPaper(size: { width: number; height: number }, paper: keyof typeof PAPER): boolean {
  return Math.abs(size.width - PAPER[paper].width) < 2 && Math.abs(size.height - PAPER[paper].height) < 2;
}
