/** PDF uploads: judged by their bytes, size-limited while streaming, stored under generated keys. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalFileStorage } from "~/platform/storage.server";
import {
  cleanFilename,
  looksLikePdf,
  MAX_PDF_BYTES,
  parsePdfForm,
  TextPartTooLargeError,
} from "~/platform/uploads.server";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file)
    form.append(
      "cv",
      new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? "application/pdf" }),
    );
  return new Request("http://localhost:3000/upload", { method: "POST", body: form });
}

describe("parsePdfForm", () => {
  it("accepts a real PDF and keeps the other fields", async () => {
    const { formData, file, problem } = await parsePdfForm(
      multipart({ motivation: "hello" }, { name: "../../etc/cv.pdf", bytes: PDF }),
      { fileField: "cv" },
    );
    expect(problem).toBeNull();
    expect(formData.get("motivation")).toBe("hello");
    expect(file?.filename).toBe("cv.pdf");
    expect(Buffer.from(file!.bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it("refuses a file that only claims to be a PDF", async () => {
    const fake = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const { file, problem, formData } = await parsePdfForm(
      multipart({ motivation: "x" }, { name: "cv.pdf", bytes: fake, type: "application/pdf" }),
      { fileField: "cv" },
    );
    expect(file).toBeNull();
    expect(problem).toBe("not-pdf");
    expect(formData.get("motivation")).toBe("x");
  });

  it("refuses a file over 5 MB but still reads the rest of the form", async () => {
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(PDF);
    const { file, problem, formData } = await parsePdfForm(
      multipart({ motivation: "still here" }, { name: "cv.pdf", bytes: big }),
      { fileField: "cv" },
    );
    expect(file).toBeNull();
    expect(problem).toBe("too-large");
    expect(formData.get("motivation")).toBe("still here");
  });

  it("accepts exactly 5 MB", async () => {
    const exact = new Uint8Array(MAX_PDF_BYTES);
    exact.set(PDF);
    const { file, problem } = await parsePdfForm(multipart({}, { name: "cv.pdf", bytes: exact }), { fileField: "cv" });
    expect(problem).toBeNull();
    expect(file?.bytes.byteLength).toBe(MAX_PDF_BYTES);
  });

  it("treats an empty file input as no file", async () => {
    const { file, problem } = await parsePdfForm(
      multipart({ a: "b" }, { name: "", bytes: new Uint8Array(0), type: "application/octet-stream" }),
      { fileField: "cv" },
    );
    expect(file).toBeNull();
    expect(problem).toBeNull();
  });

  it("throws TextPartTooLargeError for an oversized text field", async () => {
    await expect(
      parsePdfForm(multipart({ motivation: "x".repeat(70_000) }), { fileField: "cv" }),
    ).rejects.toBeInstanceOf(TextPartTooLargeError);
  });
});

describe("helpers", () => {
  it("sniffs the %PDF- header", () => {
    expect(looksLikePdf(PDF)).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode("%PDF"))).toBe(false);
    expect(looksLikePdf(new TextEncoder().encode(" %PDF-1.4"))).toBe(false);
  });

  it("cleans file names", () => {
    expect(cleanFilename("C:\\Users\\me\\My CV.pdf")).toBe("My CV.pdf");
    expect(cleanFilename('a"<b>.PDF')).toBe("ab.PDF");
    expect(cleanFilename("report")).toBe("report.pdf");
    expect(cleanFilename(undefined)).toBe("document.pdf");
  });
});

describe("LocalFileStorage", () => {
  it("stores under generated keys and refuses keys that could escape the directory", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-store-"));
    const store = new LocalFileStorage(dir);
    const key = await store.put(PDF);
    expect(key).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{62}$/);
    expect(Buffer.from(await store.get(key)).equals(Buffer.from(PDF))).toBe(true);
    await expect(store.get("../../etc/passwd")).rejects.toThrow("not found");
    await store.delete(key);
    await expect(store.get(key)).rejects.toThrow("not found");
    expect(fs.readdirSync(dir).flatMap((d) => fs.readdirSync(path.join(dir, d)))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
