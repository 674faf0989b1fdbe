/**
 * Draws a composed letter (letter-text.ts) as a PDF with pdf-lib (decision 0030): A4
 * (595.28 × 841.89 pt), DejaVu Sans embedded as a subset (so accented names such as
 * "Niccolò Fabrizi-Gómez" render and can be copied: pdf-lib writes a ToUnicode map, giving a
 * real text layer), and the document's title, language, author, subject and dates set in
 * its metadata. pdf-lib cannot write a structure tree, so the PDF is not tagged; the text
 * layer reads in order (one text run per line, top to bottom).
 *
 * The bytes are a function of the letter alone (dates from `issuedAt`), so a letter
 * downloaded twice is the same file.
 *
 * pdf-lib and fontkit (about 45 MB resident) are imported on the first letter, not when the
 * server starts (issue 15, decision 0041): the server build hoists a static import of a
 * package to its top, so every web process would hold them.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Color, PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import type { ComposedLetter } from "./letter-text";

const MARGIN = 64;
/** A4 in points (pdf-lib's `PageSizes.A4`). */
const A4: [number, number] = [595.28, 841.89];
const [PAGE_W, PAGE_H] = A4;
const WIDTH = PAGE_W - 2 * MARGIN;

let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined;

/** The DejaVu Sans TTFs from the `dejavu-fonts-ttf` package, read once. */
function fontBytes() {
  if (!fonts) {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const dir = path.dirname(require.resolve("dejavu-fonts-ttf/package.json"));
    fonts = {
      regular: fs.readFileSync(path.join(dir, "ttf", "DejaVuSans.ttf")),
      bold: fs.readFileSync(path.join(dir, "ttf", "DejaVuSans-Bold.ttf")),
    };
  }
  return fonts;
}

/** Splits `text` into lines no wider than `width` at `size` (words longer than a line are cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes lines down the page, adding pages as needed. */
class Writer {
  private page: PDFPage;
  private y = PAGE_H - MARGIN;
  constructor(
    private readonly doc: PDFDocument,
    private readonly ink: Color,
  ) {
    this.page = doc.addPage(A4);
  }
  text(text: string, font: PDFFont, size: number, { gap = 4, x = MARGIN, width = WIDTH } = {}) {
    for (const line of wrap(text, font, size, width)) {
      if (this.y - size < MARGIN) {
        this.page = this.doc.addPage(A4);
        this.y = PAGE_H - MARGIN;
      }
      this.y -= size;
      this.page.drawText(line, { x, y: this.y, size, font, color: this.ink });
      this.y -= gap;
    }
  }
  space(pt: number) {
    this.y -= pt;
  }
}

/**
 * The PDF of `letter`.
 * @param meta `language` ("en"/"it", the document's /Lang), `author` (the centre), `issuedAt`
 *   (creation and modification dates).
 * @returns the file's bytes (starts with `%PDF-`).
 * @throws when the font files are missing from node_modules (an installation error).
 */
export async function renderLetterPdf(
  letter: ComposedLetter,
  meta: { language: string; author: string; issuedAt: Date },
): Promise<Uint8Array> {
  const [{ PDFDocument, rgb }, { default: fontkit }] = await Promise.all([
    import("pdf-lib"),
    import("@pdf-lib/fontkit"),
  ]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });

  doc.setTitle(letter.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.language === "it" ? "it-IT" : "en-GB");
  doc.setAuthor(meta.author);
  doc.setSubject(letter.title);
  doc.setCreator("Ponte");
  doc.setProducer("Ponte (pdf-lib)");
  doc.setCreationDate(meta.issuedAt);
  doc.setModificationDate(meta.issuedAt);

  const w = new Writer(doc, rgb(0.1, 0.1, 0.1));
  letter.letterhead.forEach((line, i) => w.text(line, i === 0 ? bold : regular, i === 0 ? 13 : 10, { gap: 3 }));
  w.space(24);
  w.text(letter.dateLine, regular, 10);
  w.space(18);
  w.text(letter.title, bold, 17);
  w.space(14);
  if (letter.salutation) {
    w.text(letter.salutation, regular, 11);
    w.space(8);
  }
  w.text(letter.intro, regular, 11);
  w.space(10);
  for (const f of letter.facts) {
    w.text(`${f.label}: ${f.value}`, regular, 11, { x: MARGIN + 16, width: WIDTH - 16 });
  }
  w.space(10);
  for (const p of letter.paragraphs) {
    w.text(p, regular, 11);
    w.space(8);
  }
  w.space(24);
  letter.signature.forEach((line, i) => w.text(line, i === 0 ? bold : regular, 11));
  w.space(36);
  for (const line of letter.verification) w.text(line, regular, 9);
  w.space(6);
  w.text(letter.footer, regular, 8);
  return doc.save();
}
