/**
 * Centres' message templates (issue 17, decision 0039), the data: one function per use
 * case, each scoped in its `where` to the centres the person manages (an admin: every
 * centre), so another centre's template is simply not found (the routes answer 404).
 */
import type { Staff } from "~/accounts/staff.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import type { TemplateLanguage } from "./message-templates";

const templateSelect = { id: true, name: true, language: true, body: true } satisfies Prisma.MessageTemplateSelect;

/** The template as the pages use it. */
export type MessageTemplateRow = Prisma.MessageTemplateGetPayload<{ select: typeof templateSelect }>;

function managed(staff: Staff): Prisma.CentreWhereInput {
  return staff.isAdmin ? {} : { coordinators: { some: { userId: staff.id } } };
}

/** The centre `slug` if the person manages it, with its templates by language then name; null otherwise. */
export async function getCentreTemplates(staff: Staff, slug: string) {
  return prisma.centre.findFirst({
    where: { slug, ...managed(staff) },
    select: {
      id: true,
      slug: true,
      name: true,
      nameIt: true,
      messageTemplates: { select: templateSelect, orderBy: [{ language: "asc" }, { name: "asc" }] },
    },
  });
}

/** The thrown error when a centre already has a template of that name in that language. */
export class DuplicateTemplateName extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Saves a template of centre `centreId` (the caller found it with `getCentreTemplates`):
 * a new one without `id`, else the template `id` of that centre.
 * @returns the template's id, or null when `id` is not a template of that centre.
 * @throws DuplicateTemplateName when the name is taken in that language.
 */
export async function saveTemplate(
  centreId: string,
  id: string | null,
  value: { name: string; language: TemplateLanguage; body: string },
): Promise<string | null> {
  try {
    if (!id) return (await prisma.messageTemplate.create({ data: { centreId, ...value }, select: { id: true } })).id;
    const updated = await prisma.messageTemplate.updateMany({ where: { id, centreId }, data: value });
    return updated.count ? id : null;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateTemplateName();
    throw error;
  }
}

/** Deletes template `id` of centre `centreId`. @returns false when there was no such template there. */
export async function deleteTemplate(centreId: string, id: string): Promise<boolean> {
  return (await prisma.messageTemplate.deleteMany({ where: { id, centreId } })).count > 0;
}

/** The templates of centre `centreId` (for a request's reply boxes), by language then name. */
export async function listTemplatesOfCentre(centreId: string): Promise<MessageTemplateRow[]> {
  return prisma.messageTemplate.findMany({
    where: { centreId },
    select: templateSelect,
    orderBy: [{ language: "asc" }, { name: "asc" }],
  });
}

/** Template `id` if it belongs to centre `centreId`; null otherwise. */
export async function getTemplateOfCentre(centreId: string, id: string): Promise<MessageTemplateRow | null> {
  return prisma.messageTemplate.findFirst({ where: { id, centreId }, select: templateSelect });
}
