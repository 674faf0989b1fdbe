/**
 * Draws a composed letter (letter-text.ts) as a tagged PDF with PDFKit (decision 0030, its
 * note on tagging): A4 (595.28 × 841.89 pt), DejaVu Sans embedded as a subset (accented names
 * such as "Niccolò Fabrizi-Gómez" render and can be copied: a ToUnicode map gives a real
 * text layer), the document's title shown in the viewer's title bar, its language, author,
 * subject and dates in its metadata.
 *
 * Tagged (ISO 32000-1 §14.8): a structure tree Document → P (letterhead lines, date), H1
 * (title), P (salutation, introduction), L/LI/LBody (the facts), P (paragraphs, signature,
 * verification lines, footer), every piece of text inside marked content that belongs to one
 * of those elements, so a screen reader reads the letter in order with its heading and list.
 *
 * The bytes are a function of the letter alone (dates from `issuedAt`; PDFKit derives the
 * file ID from the metadata), so a letter downloaded twice is the same file.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ComposedLetter } from "./letter-text";

const MARGIN = 64;
/** A4 in points. */
const A4: [number, number] = [595.28, 841.89];
const WIDTH = A4[0] - 2 * MARGIN;
const INK = "#1a1a1a";

let fonts: { regular: Buffer; bold: Buffer } | undefined;

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
  // Imported here, not at the top: the server build hoists a package's static import into
  // every web process (decision 0041), and PDFKit is only needed when a letter is drawn.
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: A4,
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    displayTitle: true,
    lang: meta.language === "it" ? "it-IT" : "en-GB",
    info: {
      Title: letter.title,
      Author: meta.author,
      Subject: letter.title,
      Creator: "Ponte",
      Producer: "Ponte (PDFKit)",
      CreationDate: meta.issuedAt,
      ModDate: meta.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const bytes = fontBytes();
  doc.registerFont("regular", bytes.regular);
  doc.registerFont("bold", bytes.bold);
  doc.fillColor(INK);

  const root = doc.struct("Document");
  doc.addStructure(root);
  /** One structure element `tag` holding `text` in `font` at `size`, then `gap` points of space. */
  const block = (tag: string, text: string, font: "regular" | "bold", size: number, gap = 4, indent = 0) => {
    root.add(
      doc.struct(tag, {}, () => {
        doc.font(font).fontSize(size).text(text, MARGIN + indent, undefined, { width: WIDTH - indent });
      }),
    );
    doc.x = MARGIN;
    doc.y += gap;
  };

  letter.letterhead.forEach((line, i) => block("P", line, i === 0 ? "bold" : "regular", i === 0 ? 13 : 10, 2));
  doc.y += 24;
  block("P", letter.dateLine, "regular", 10);
  doc.y += 18;
  block("H1", letter.title, "bold", 17);
  doc.y += 14;
  if (letter.salutation) {
    block("P", letter.salutation, "regular", 11);
    doc.y += 8;
  }
  block("P", letter.intro, "regular", 11);
  doc.y += 10;
  if (letter.facts.length) {
    const list = doc.struct("L");
    root.add(list);
    for (const f of letter.facts) {
      const body = doc.struct("LBody", {}, () => {
        doc
          .font("regular")
          .fontSize(11)
          .text(`${f.label}: ${f.value}`, MARGIN + 16, undefined, { width: WIDTH - 16 });
      });
      list.add(doc.struct("LI", {}, [body]));
      doc.x = MARGIN;
      doc.y += 4;
    }
    list.end();
  }
  doc.y += 10;
  for (const p of letter.paragraphs) block("P", p, "regular", 11, 12);
  doc.y += 24;
  letter.signature.forEach((line, i) => block("P", line, i === 0 ? "bold" : "regular", 11));
  doc.y += 36;
  for (const line of letter.verification) block("P", line, "regular", 9);
  doc.y += 6;
  block("P", letter.footer, "regular", 8);
  root.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
