/**
 * The applicant's document wallet (issue 16, part 1), the database side: list, add, replace
 * and delete typed documents (PDF, JPEG or PNG judged by their bytes in
 * app/platform/uploads.server.ts), and copy chosen documents into a request as its
 * immutable snapshot (RequestDocument, each with a StoredFile of its own).
 *
 * Every query is scoped by `ownerId` in its `where`: another person's document is simply
 * not found. Bytes are written before the transaction and deleted again if it fails
 * (storage.server.ts); replaced or deleted files' bytes are removed after it commits.
 */
import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { isoFromDate, dateFromIso } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { getStorage } from "~/platform/storage.server";
import type { UploadedPdf } from "~/platform/uploads.server";
import type { Tx } from "~/requests/apply.server";
import { WALLET_MAX, type WalletFields, type WalletType } from "./wallet";

const fileSelect = { id: true, filename: true, size: true, contentType: true } as const;

/** A document sent with a request (its own copy): type, name, and the file; order by `position`. */
export const sentDocumentSelect = {
  id: true,
  type: true,
  name: true,
  file: { select: fileSelect },
} satisfies Prisma.RequestDocumentSelect;

/** One wallet document as the pages show it (dates `YYYY-MM-DD`, inclusive). */
export interface WalletDocumentView {
  id: string;
  type: WalletType;
  name: string | null;
  expiresOn: string | null;
  updatedAt: string;
  file: { id: string; filename: string; size: number; contentType: string };
}

/** The applicant's wallet, in the controlled list's order, then oldest first. */
export async function listWallet(ownerId: string): Promise<WalletDocumentView[]> {
  const rows = await prisma.walletDocument.findMany({
    where: { ownerId },
    select: { id: true, type: true, name: true, expiresOn: true, updatedAt: true, file: { select: fileSelect } },
    orderBy: [{ type: "asc" }, { createdAt: "asc" }],
    take: WALLET_MAX,
  });
  return rows.map((r) => ({
    ...r,
    expiresOn: r.expiresOn ? isoFromDate(r.expiresOn) : null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The stored file of one of the owner's wallet documents (for the download); null when not theirs. */
export async function getWalletFile(ownerId: string, documentId: string) {
  const row = await prisma.walletDocument.findFirst({
    where: { id: documentId, ownerId },
    select: { file: { select: { storageKey: true, filename: true, contentType: true } } },
  });
  return row?.file ?? null;
}

function fileData(ownerId: string, file: UploadedPdf, storageKey: string) {
  return {
    ownerId,
    storageKey,
    filename: file.filename,
    contentType: file.contentType ?? "application/pdf",
    size: file.bytes.byteLength,
    sha256: crypto.createHash("sha256").update(file.bytes).digest("hex"),
  };
}

/** Creates a wallet document from stored bytes inside `tx`. @returns its id. */
async function createWalletRow(tx: Tx, ownerId: string, fields: WalletFields, file: UploadedPdf, storageKey: string) {
  const stored = await tx.storedFile.create({ data: fileData(ownerId, file, storageKey), select: { id: true } });
  const doc = await tx.walletDocument.create({
    data: {
      ownerId,
      type: fields.type,
      name: fields.name,
      expiresOn: fields.expiresOn ? dateFromIso(fields.expiresOn) : null,
      fileId: stored.id,
    },
    select: { id: true },
  });
  return doc.id;
}

export type WalletOutcome = { status: "ok"; id: string } | { status: "not-found" } | { status: "full" };

/**
 * Adds a document to the owner's wallet: the bytes, then the StoredFile and WalletDocument
 * rows in one transaction (the owner's row locked, so the WALLET_MAX count holds).
 * @returns "full" when the wallet already holds WALLET_MAX documents (nothing stored).
 */
export async function addWalletDocument(
  ownerId: string,
  fields: WalletFields,
  file: UploadedPdf,
): Promise<WalletOutcome> {
  const storage = getStorage();
  const storageKey = await storage.put(file.bytes);
  let kept = false;
  try {
    const outcome = await prisma.$transaction(async (tx): Promise<WalletOutcome> => {
      await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${ownerId} FOR UPDATE`;
      if ((await tx.walletDocument.count({ where: { ownerId } })) >= WALLET_MAX) return { status: "full" };
      return { status: "ok", id: await createWalletRow(tx, ownerId, fields, file, storageKey) };
    });
    kept = outcome.status === "ok";
    return outcome;
  } finally {
    if (!kept) await storage.delete(storageKey).catch(() => {});
  }
}

/**
 * Changes one of the owner's documents: its type, name and expiry, and with `file` its bytes
 * (a new StoredFile; the old row goes in the same transaction, its bytes after the commit).
 * Requests already sent keep their own copies and never change. A changed expiry date arms
 * the reminder again.
 */
export async function replaceWalletDocument(
  ownerId: string,
  documentId: string,
  fields: WalletFields,
  file: UploadedPdf | null,
): Promise<WalletOutcome> {
  const storage = getStorage();
  const storageKey = file ? await storage.put(file.bytes) : null;
  let oldKey: string | null = null;
  try {
    const outcome = await prisma.$transaction(async (tx): Promise<WalletOutcome> => {
      const doc = await tx.walletDocument.findFirst({
        where: { id: documentId, ownerId },
        select: { id: true, expiresOn: true, file: { select: { id: true, storageKey: true } } },
      });
      if (!doc) return { status: "not-found" };
      const expiresOn = fields.expiresOn ? dateFromIso(fields.expiresOn) : null;
      const sameExpiry = (doc.expiresOn?.getTime() ?? null) === (expiresOn?.getTime() ?? null);
      let fileId: string | undefined;
      if (file && storageKey) {
        fileId = (await tx.storedFile.create({ data: fileData(ownerId, file, storageKey), select: { id: true } })).id;
      }
      await tx.walletDocument.update({
        where: { id: doc.id },
        data: {
          type: fields.type,
          name: fields.name,
          expiresOn,
          ...(sameExpiry ? {} : { expiryReminderSentAt: null }),
          ...(fileId ? { fileId } : {}),
        },
        select: { id: true },
      });
      if (fileId) {
        await tx.storedFile.delete({ where: { id: doc.file.id }, select: { id: true } });
        oldKey = doc.file.storageKey;
      }
      return { status: "ok", id: doc.id };
    });
    if (outcome.status !== "ok" && storageKey) await storage.delete(storageKey).catch(() => {});
    return outcome;
  } catch (error) {
    if (storageKey) await storage.delete(storageKey).catch(() => {});
    throw error;
  } finally {
    const key: string | null = oldKey;
    if (key) await storage.delete(key).catch(() => {});
  }
}

/** Deletes one of the owner's documents (row and file; bytes after the commit). Sent requests keep their copies. */
export async function deleteWalletDocument(ownerId: string, documentId: string): Promise<WalletOutcome> {
  const doc = await prisma.walletDocument.findFirst({
    where: { id: documentId, ownerId },
    select: { id: true, file: { select: { id: true, storageKey: true } } },
  });
  if (!doc) return { status: "not-found" };
  // The wallet row cascades from its file.
  const { count } = await prisma.storedFile.deleteMany({ where: { id: doc.file.id, walletOf: { ownerId } } });
  if (!count) return { status: "not-found" };
  await getStorage()
    .delete(doc.file.storageKey)
    .catch(() => {});
  return { status: "ok", id: doc.id };
}

// ─── Sending documents with a request ───────────────────────────────────────

/** A new document uploaded from the request form straight into the wallet. */
export interface WalletUpload {
  fields: WalletFields;
  file: UploadedPdf;
}

/** Copies of documents made before a request's transaction (bytes already stored). */
export interface PreparedSnapshot {
  /** The upload's wallet bytes, when there is an upload. */
  upload: (WalletUpload & { storageKey: string }) | null;
  copies: {
    type: WalletType;
    name: string | null;
    expiresOn: Date | null;
    stored: ReturnType<typeof fileData>;
    /** The wallet document copied (null: the upload). */
    from: string | null;
  }[];
  /** Every key written, to delete again if the request is not created. */
  keys: string[];
}

/**
 * Reads the owner's chosen wallet documents and copies their bytes (and the upload's, twice:
 * once for the wallet, once for the request) under new keys, before the request's
 * transaction.
 * @returns null when a chosen document is not (or no longer) the owner's; nothing is left stored.
 */
export async function prepareSnapshot(
  ownerId: string,
  documentIds: readonly string[],
  upload: WalletUpload | null,
): Promise<PreparedSnapshot | null> {
  const ids = [...new Set(documentIds)];
  const docs = ids.length
    ? await prisma.walletDocument.findMany({
        where: { id: { in: ids }, ownerId },
        select: {
          id: true,
          type: true,
          name: true,
          expiresOn: true,
          file: { select: { storageKey: true, filename: true, contentType: true } },
        },
      })
    : [];
  if (docs.length !== ids.length) return null;
  const storage = getStorage();
  const keys: string[] = [];
  try {
    const copies: PreparedSnapshot["copies"] = [];
    for (const id of ids) {
      const doc = docs.find((d) => d.id === id)!;
      const bytes = await storage.get(doc.file.storageKey);
      const key = await storage.put(bytes);
      keys.push(key);
      const file = {
        filename: doc.file.filename,
        bytes,
        contentType: doc.file.contentType as UploadedPdf["contentType"],
      };
      copies.push({
        type: doc.type,
        name: doc.name,
        expiresOn: doc.expiresOn,
        stored: fileData(ownerId, file, key),
        from: doc.id,
      });
    }
    let prepared: PreparedSnapshot["upload"] = null;
    if (upload) {
      const walletKey = await storage.put(upload.file.bytes);
      keys.push(walletKey);
      const copyKey = await storage.put(upload.file.bytes);
      keys.push(copyKey);
      prepared = { ...upload, storageKey: walletKey };
      copies.push({
        type: upload.fields.type,
        name: upload.fields.name,
        expiresOn: upload.fields.expiresOn ? dateFromIso(upload.fields.expiresOn) : null,
        stored: fileData(ownerId, upload.file, copyKey),
        from: null,
      });
    }
    return { upload: prepared, copies, keys };
  } catch (error) {
    await discardSnapshot({ keys });
    if (error instanceof Error && error.message === "not found") return null;
    throw error;
  }
}

/** Writes the prepared snapshot inside the request's transaction: the upload into the wallet, the copies onto the request. */
export async function writeSnapshot(tx: Tx, ownerId: string, requestId: string, prepared: PreparedSnapshot) {
  if (prepared.upload) {
    await createWalletRow(tx, ownerId, prepared.upload.fields, prepared.upload.file, prepared.upload.storageKey);
  }
  let position = 0;
  for (const copy of prepared.copies) {
    const stored = await tx.storedFile.create({ data: copy.stored, select: { id: true } });
    await tx.requestDocument.create({
      data: { requestId, type: copy.type, name: copy.name, expiresOn: copy.expiresOn, fileId: stored.id, position },
      select: { id: true },
    });
    position += 1;
  }
}

/** Deletes the bytes of a snapshot whose request was not created. */
export async function discardSnapshot(prepared: Pick<PreparedSnapshot, "keys">): Promise<void> {
  const storage = getStorage();
  for (const key of prepared.keys) await storage.delete(key).catch(() => {});
}
